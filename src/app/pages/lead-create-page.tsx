import { Paper, Stack, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { useCreateLead } from '../../features/leads/api/lead-mutations';
import { LeadForm } from '../../features/leads/components/lead-form';
import { EMPTY_LEAD } from '../../features/leads/model/lead-form-values';
import { PageBreadcrumbs } from '../../features/leads/components/page-breadcrumbs';

/** A new lead; once saved, the user lands on its page to add notes and appointments. */
export const LeadCreatePage = () => {
  const navigate = useNavigate();
  const create = useCreateLead();
  return (
    <Stack spacing={2} sx={{ maxWidth: 880 }}>
      <PageBreadcrumbs trail={[{ label: 'Leads', to: '/leads' }]} current="New lead" />
      <Typography variant="h4" component="h1">
        New lead
      </Typography>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <LeadForm
          defaultValues={EMPTY_LEAD}
          submitLabel="Create lead"
          warnOfDuplicates
          onCancel={() => navigate('/leads')}
          onSubmit={async (values) => {
            const lead = await create.mutateAsync(values);
            return { to: `/leads/${encodeURIComponent(lead.slug)}`, notice: 'Lead created' };
          }}
        />
      </Paper>
    </Stack>
  );
};
