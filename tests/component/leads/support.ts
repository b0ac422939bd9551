/** Arranging data for the leads tests through the real API, as another user of the app would. */
import { ENDPOINTS, leadSchema, type Lead, type LeadCreateInput } from '../../../src/contract';
import { apiPost } from '../../../src/lib/http-client';

let counter = 0;

/** A lead owned by the signed-in user, with a name no seeded lead has. */
export const createLead = async (overrides: Partial<LeadCreateInput> = {}): Promise<Lead> => {
  counter += 1;
  return apiPost(
    ENDPOINTS.leadCreate,
    {
      first_name: `Zephyrine${counter}`,
      last_name: 'Quillfeather',
      email: `zephyrine${counter}@example.com`,
      phone: '+14155550123',
      status: 'prospect',
      source: 'website',
      ...overrides,
    },
    leadSchema,
  );
};
