import { Stack, Typography } from '@mui/material';

/** What an empty table means: nothing matches the filters, or there are no leads at all. */
export const LeadTableEmpty = ({ filtered }: { filtered: boolean }) => (
  <Stack sx={{ height: '100%', alignItems: 'center', justifyContent: 'center', p: 3 }}>
    <Typography sx={{ fontWeight: 500 }}>
      {filtered ? 'No leads match these filters' : 'No leads yet'}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {filtered ? 'Try another search or clear the filters.' : 'Create a lead to get started.'}
    </Typography>
  </Stack>
);
