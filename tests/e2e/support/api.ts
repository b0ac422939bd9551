/** Arranging data through the API, as another user of the system would. */
import { ENDPOINTS, REFERENCE_BASE_PATH } from '../../../src/contract';
import { DEMO_PASSWORD } from './session';
import { expect, type APIRequestContext } from './test';

export const APIKEY = { apikey: 'epixel-dev-key' };

/** Names no seeded lead has, unique per run: the e2e database is shared by every spec. */
export const unique = () => `Ithaca${Date.now().toString(36)}`;

type LeadFields = { first_name?: string; status?: string; email?: string; phone?: string };

export const apiAs = async (request: APIRequestContext, username: string) => {
  const login = await request.post(REFERENCE_BASE_PATH + ENDPOINTS.login, {
    headers: APIKEY,
    multipart: { username, password: DEMO_PASSWORD },
  });
  const { access } = (await login.json()) as { access: string };
  const headers = { ...APIKEY, Authorization: `Bearer ${access}` };
  return {
    createLead: async (lastName: string, fields: LeadFields = {}): Promise<string> => {
      const response = await request.post(REFERENCE_BASE_PATH + ENDPOINTS.leadCreate, {
        headers,
        multipart: {
          first_name: 'Octavia',
          last_name: lastName,
          email: `${lastName.toLowerCase()}@example.com`,
          phone: '+302101234567',
          status: 'prospect',
          source: 'website',
          ...fields,
        },
      });
      expect(response.ok()).toBe(true);
      return ((await response.json()) as { data: { slug: string } }).data.slug;
    },
    leadStatus: async (slug: string): Promise<string> => {
      const response = await request.get(
        `${REFERENCE_BASE_PATH}${ENDPOINTS.leadDetails}?slug=${encodeURIComponent(slug)}`,
        { headers },
      );
      return ((await response.json()) as { data: { status: string } }).data.status;
    },
    /** The caller's live leads whose name, email or phone holds `search` (deleted ones leave lists). */
    leadsMatching: async (
      search: string,
    ): Promise<{ slug: string; status: string; assignee: string | null }[]> => {
      const response = await request.get(
        `${REFERENCE_BASE_PATH}${ENDPOINTS.leadList}?search=${encodeURIComponent(search)}&limit=100`,
        { headers },
      );
      expect(response.ok()).toBe(true);
      return ((await response.json()) as { data: { results: [] } }).data.results;
    },
    deleteLead: async (slug: string) => {
      await request.post(REFERENCE_BASE_PATH + ENDPOINTS.leadDelete, {
        headers,
        multipart: { slug },
      });
    },
  };
};
