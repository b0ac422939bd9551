/** Every repository over one connection. */
import type { Db } from './connection';
import { createAppointmentsRepository } from './appointments-repository';
import { createLeadsRepository } from './leads-repository';
import { createNotesRepository } from './notes-repository';
import { createOverviewRepository } from './overview-repository';
import { createRefreshTokensRepository } from './refresh-tokens-repository';
import { createSettingsRepository } from './settings-repository';
import { createUsersRepository } from './users-repository';

export const createRepositories = (db: Db) => ({
  settings: createSettingsRepository(db),
  users: createUsersRepository(db),
  leads: createLeadsRepository(db),
  notes: createNotesRepository(db),
  appointments: createAppointmentsRepository(db),
  overview: createOverviewRepository(db),
  refreshTokens: createRefreshTokensRepository(db),
});
export type Repositories = ReturnType<typeof createRepositories>;
