import { Box, Button, Link, Paper, Typography, useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import { useState, type ReactNode } from 'react';
import { vocabularyLabel, type Lead } from '../../../contract';
import { formatDateTime } from '../../../lib/format-date-time';
import { mailtoHref, telHref } from '../../../lib/contact-links';

const Item = ({ term, children }: { term: string; children: ReactNode }) => (
  <Box sx={{ minWidth: 0 }}>
    <Typography component="dt" variant="body2" color="text.secondary">
      {term}
    </Typography>
    <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Box>
);

const none = (
  <Typography component="span" color="text.secondary">
    —
  </Typography>
);

const twoColumns = {
  m: 0,
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
};

/**
 * Everything known about the lead, with one-click email and call links. On a phone the card
 * shows the key facts (email, phone, assignee) and keeps the rest behind "More details", so the
 * notes follow within a thumb's reach.
 */
export const LeadSummary = ({ lead }: { lead: Lead }) => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const [expanded, setExpanded] = useState(false);
  const showAll = !phone || expanded;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="lead-summary-title"
      sx={{ p: { xs: 2, sm: 3 } }}
    >
      <Typography id="lead-summary-title" variant="h6" component="h2" sx={{ mb: 2 }}>
        Details
      </Typography>
      <Box component="dl" sx={twoColumns}>
        <Item term="Email">
          {lead.email ? <Link href={mailtoHref(lead.email)}>{lead.email}</Link> : none}
        </Item>
        <Item term="Phone">
          {lead.phone ? <Link href={telHref(lead.phone)}>{lead.phone}</Link> : none}
        </Item>
        <Item term="Assignee">{lead.assignee ?? 'Unassigned'}</Item>
        {showAll && (
          <>
            <Item term="Source">{vocabularyLabel(lead.source)}</Item>
            <Item term="Location">{lead.location || none}</Item>
            <Item term="Owner">{lead.owner || none}</Item>
            <Item term="Created">{lead.created_at ? formatDateTime(lead.created_at) : none}</Item>
            <Item term="Last updated">
              {lead.updated_at ? formatDateTime(lead.updated_at) : none}
            </Item>
          </>
        )}
      </Box>
      {showAll && (
        <Box component="dl" sx={{ m: 0, mt: 2 }}>
          <Item term="Message">
            <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
              {lead.message || none}
            </Box>
          </Item>
        </Box>
      )}
      {phone && (
        <Button
          size="small"
          sx={{ mt: 1 }}
          aria-expanded={expanded}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? 'Fewer details' : 'More details'}
        </Button>
      )}
    </Paper>
  );
};
