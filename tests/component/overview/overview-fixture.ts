/** An overview answer of a server whose palette and counts differ from the reference server's. */
import type { z } from 'zod';
import type { overviewSchema } from '../../../src/contract';

type OverviewBody = z.input<typeof overviewSchema>;

export const OTHER_SERVER_OVERVIEW: OverviewBody = {
  LeadsData: {
    status: [
      { status: 'prospect', count: 7, Description: 'Fresh in', Color: '#AA00FF' },
      { status: 'tentative', count: 3, Description: 'Maybe', Color: '#FF6D00' },
      { status: 'potential', count: 0, Description: 'Likely', Color: '#00B8D4' },
      { status: 'closed', count: 1, Description: 'Gone', Color: '#37474F' },
      { status: 'contact', count: 2, Description: 'Talking', Color: '#C51162' },
      { status: 'customer', count: 4, Description: 'Won', Color: '#1B5E20' },
    ],
    source: [
      { source: 'website', count: 9 },
      { source: 'referral', count: 8 },
    ],
  },
  TotalLeads: 17,
  appointments: [],
};

export const envelope = (data: unknown) => ({ status_code: 200, errors: {}, data });
