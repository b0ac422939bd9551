import { Alert, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../features/auth/api/use-session';
import { useUpdateLead } from '../../features/leads/api/lead-mutations';
import { canEditLead } from '../../features/leads/model/lead-permissions';
import { leadDetailsQuery } from '../../features/leads/api/lead-queries';
import { LeadForm } from '../../features/leads/components/lead-form';
import { leadToFormValues } from '../../features/leads/model/lead-form-values';
import { LeadLoadProblem } from '../../features/leads/components/lead-load-problem';
import { LeadPageSkeleton } from '../../features/leads/components/lead-page-skeleton';
import { PageBreadcrumbs } from '../../features/leads/components/page-breadcrumbs';

/** Said when the edit went into the write queue (offline, or the network failed). */
const QUEUED_NOTICE = 'Changes kept on this device: they are sent when the network is back';

/** Edits every field of a lead (the API replaces the whole lead), then returns to its page. */
export const LeadEditPage = () => {
  const slug = useParams().slug ?? '';
  const navigate = useNavigate();
  const { session } = useSession();
  const lead = useQuery(leadDetailsQuery(slug));
  const update = useUpdateLead();
  const leadPath = `/leads/${encodeURIComponent(slug)}`;

  if (lead.isPending) return <LeadPageSkeleton label="Loading lead" />;
  if (lead.isError) return <LeadLoadProblem error={lead.error} onRetry={() => lead.refetch()} />;

  const name = `${lead.data.first_name} ${lead.data.last_name}`.trim();
  const viewer = session?.user ?? { username: '', role: null };
  return (
    <Stack spacing={2} sx={{ maxWidth: 880 }}>
      <PageBreadcrumbs
        trail={[
          { label: 'Leads', to: '/leads' },
          { label: name, to: leadPath },
        ]}
        current="Edit"
      />
      <Typography variant="h4" component="h1">
        Edit {name}
      </Typography>
      {!canEditLead(lead.data, viewer) && (
        <Alert severity="info">
          Only the lead&apos;s owner, its assignee or a manager can change this lead.
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <LeadForm
          defaultValues={leadToFormValues(lead.data)}
          submitLabel="Save changes"
          onCancel={() => navigate(leadPath)}
          onSubmit={async (values) => {
            const before = leadToFormValues(lead.data);
            const sent = await update.mutateAsync({
              lead: { ...values, slug },
              before,
              label: name,
            });
            return { to: leadPath, notice: sent.queued ? QUEUED_NOTICE : 'Changes saved' };
          }}
        />
      </Paper>
    </Stack>
  );
};
