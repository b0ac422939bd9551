/**
 * Refresh tokens rotate (each refresh answers a new one) and belong to a family, one per
 * sign-in. A token presented a second time means it was stolen or replayed: its whole family
 * is revoked. Only ids are kept, never the tokens.
 */
export const MIGRATION_006_REFRESH_TOKENS = `
CREATE TABLE refresh_tokens (
  jti TEXT PRIMARY KEY,
  family TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users (id),
  expires_at INTEGER NOT NULL,
  used INTEGER NOT NULL DEFAULT 0,
  revoked INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);
`;
