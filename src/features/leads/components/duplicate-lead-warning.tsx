/**
 * Tells a rep, while they type a new lead's email or phone, that leads with the same contact
 * already exist, with links to them. Only a hint: saving anyway stays possible (two people may
 * share an office phone).
 */
import { Alert, AlertTitle, Link, List, ListItem } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useDebounced } from '../../../lib/use-debounced';
import { useDuplicateCandidates } from '../api/duplicate-lead-queries';
import { findDuplicates, type DuplicateField, type TypedContact } from '../model/duplicates';

const TYPING_PAUSE_MS = 400;

const MATCH_LABEL: Record<DuplicateField, string> = { email: 'same email', phone: 'same phone' };

export const DuplicateLeadWarning = ({ email, phone }: TypedContact) => {
  const typed: TypedContact = {
    email: useDebounced(email, TYPING_PAUSE_MS),
    phone: useDebounced(phone, TYPING_PAUSE_MS),
  };
  const candidates = useDuplicateCandidates(typed);
  const duplicates = findDuplicates(candidates, typed);
  if (duplicates.length === 0) return null;
  return (
    <Alert severity="warning" role="status" aria-label="Possible duplicates" sx={{ mt: 2 }}>
      <AlertTitle>
        {duplicates.length === 1
          ? 'A lead with this contact already exists'
          : `${duplicates.length} leads with this contact already exist`}
      </AlertTitle>
      <List dense disablePadding>
        {duplicates.map(({ lead, matchedOn }) => (
          <ListItem key={lead.slug} disableGutters>
            <Link component={RouterLink} to={`/leads/${encodeURIComponent(lead.slug)}`}>
              {`${lead.first_name} ${lead.last_name}`.trim() || lead.slug}
            </Link>
            &nbsp;· {lead.email} · {lead.phone} ({matchedOn.map((f) => MATCH_LABEL[f]).join(', ')})
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
