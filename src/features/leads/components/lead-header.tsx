import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Lead } from '../../../contract';
import { canDeleteLead, canEditLead, type Viewer } from '../model/lead-permissions';
import { DeleteLeadDialog } from './delete-lead-dialog';
import { leadName } from '../model/lead-name';
import { StyledLeadStatusChip } from './lead-status-chip';
import { useStatusPalette } from '../api/status-palette';

/** The lead's name and stage, with the actions the viewer may take on it. */
export const LeadHeader = ({ lead, viewer }: { lead: Lead; viewer: Viewer }) => {
  const [deleting, setDeleting] = useState(false);
  const palette = useStatusPalette();
  const name = leadName(lead);
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', minWidth: 0 }}>
        <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          {name}
        </Typography>
        <StyledLeadStatusChip status={lead.status} palette={palette} />
      </Stack>
      <Stack direction="row" spacing={1}>
        {canEditLead(lead, viewer) && (
          <Button
            component={Link}
            to={`/leads/${encodeURIComponent(lead.slug)}/edit`}
            variant="contained"
            startIcon={<EditIcon />}
          >
            Edit
          </Button>
        )}
        {canDeleteLead(lead, viewer) && (
          <Button
            color="error"
            variant="outlined"
            startIcon={<DeleteOutlineIcon />}
            onClick={() => setDeleting(true)}
          >
            Delete
          </Button>
        )}
      </Stack>
      <DeleteLeadDialog
        slug={lead.slug}
        name={name}
        open={deleting}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
};
