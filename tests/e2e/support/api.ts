/** Arranging data through the API, as another user of the system would. */
import { ENDPOINTS, REFERENCE_BASE_PATH } from '../../../src/contract';
import { isoToUsDate } from '../../../src/features/appointments/model/appointment-list-url';
import { DEMO_PASSWORD } from './session';
import { expect, type APIRequestContext } from './test';

export const APIKEY = { apikey: 'epixel-dev-key' };

/** Names no seeded lead has, unique per run: the e2e database is shared by every spec. */
export const unique = () => `Ithaca${Date.now().toString(36)}`;

type LeadFields = {
  first_name?: string;
  status?: string;
  source?: string;
  email?: string;
  phone?: string;
};

export type ApiAppointment = {
  id: number;
  appointment_date: string;
  appointment_to: string;
  appointment_note: string;
  lead: { slug: string; first_name: string; last_name: string };
};

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
    /** Another user's edit: the lead as the server has it, with `fields` changed. */
    updateLead: async (slug: string, fields: LeadFields & { location?: string }) => {
      const current = await request.get(
        `${REFERENCE_BASE_PATH}${ENDPOINTS.leadDetails}?slug=${encodeURIComponent(slug)}`,
        { headers },
      );
      const lead = ((await current.json()) as { data: Record<string, string | null> }).data;
      const keep = ['first_name', 'last_name', 'email', 'phone', 'status', 'source', 'location'];
      const response = await request.post(REFERENCE_BASE_PATH + ENDPOINTS.leadUpdate, {
        headers,
        multipart: {
          slug,
          ...Object.fromEntries(keep.map((key) => [key, lead[key] ?? ''])),
          ...fields,
        },
      });
      expect(response.ok()).toBe(true);
    },
    lead: async (slug: string): Promise<Record<string, unknown>> => {
      const response = await request.get(
        `${REFERENCE_BASE_PATH}${ENDPOINTS.leadDetails}?slug=${encodeURIComponent(slug)}`,
        { headers },
      );
      return ((await response.json()) as { data: Record<string, unknown> }).data;
    },
    addNote: async (slug: string, note: string): Promise<number> => {
      const response = await request.post(REFERENCE_BASE_PATH + ENDPOINTS.noteCreate, {
        headers,
        multipart: { slug, note },
      });
      expect(response.ok()).toBe(true);
      return ((await response.json()) as { data: { id: number } }).data.id;
    },
    notes: async (slug: string): Promise<Array<{ id: number; note: string }>> => {
      const response = await request.get(
        `${REFERENCE_BASE_PATH}${ENDPOINTS.leadDetails}?slug=${encodeURIComponent(slug)}`,
        { headers },
      );
      return ((await response.json()) as { data: { notes: Array<{ id: number; note: string }> } })
        .data.notes;
    },
    /** Books `from`–`to` (`yyyy-mm-dd HH:MM`) with the lead; returns the appointment's id. */
    createAppointment: async (
      slug: string,
      from: string,
      to: string,
      note: string,
    ): Promise<number> => {
      const response = await request.post(REFERENCE_BASE_PATH + ENDPOINTS.appointmentCreate, {
        headers,
        multipart: { slug, appointment_date: from, appointment_to: to, appointment_note: note },
      });
      expect(response.ok()).toBe(true);
      return ((await response.json()) as { data: { id: number } }).data.id;
    },
    appointmentsOn: async (day: string): Promise<ApiAppointment[]> => {
      const response = await request.get(REFERENCE_BASE_PATH + ENDPOINTS.appointmentList, {
        headers,
        // The documented filter, so it answers the same from a strict server (E2E_STRICT=1).
        params: { datesetting: 'on', ondate: isoToUsDate(day), limit: 100 },
      });
      return ((await response.json()) as { data: { results: ApiAppointment[] } }).data.results;
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
