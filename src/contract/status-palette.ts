/**
 * The overview's description and colour per lead status (`LeadsData.status[]`) as the reference
 * server sends them [ours: the documented API names the fields, not the values]. The dashboard
 * draws with these until (or unless) a server's own overview says otherwise, so no page has to
 * fetch the overview just for six colours. Every colour is distinct and reaches at least 4.5:1
 * contrast against white text.
 */
import type { LeadStatus } from './vocabularies';

export const LEAD_STATUS_PALETTE: Readonly<
  Record<LeadStatus, { Description: string; Color: string }>
> = {
  prospect: { Description: 'New lead, not yet qualified', Color: '#1565C0' },
  tentative: { Description: 'Showed interest, not committed', Color: '#A14E00' },
  potential: { Description: 'Qualified, likely to buy', Color: '#6A1B9A' },
  contact: { Description: 'In active conversation', Color: '#00695C' },
  closed: { Description: 'Closed without a sale', Color: '#455A64' },
  customer: { Description: 'Converted to a customer', Color: '#2E7D32' },
};
