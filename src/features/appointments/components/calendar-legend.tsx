/** Explains the event colours: one swatch per appointment status. */
import { Box, Stack, Typography } from '@mui/material';
import { APPOINTMENT_STATUSES, vocabularyLabel } from '../../../contract';
import { STATUS_LOOKS } from '../../../components/appointment-status-look';

export const CalendarLegend = () => (
  <Stack
    component="ul"
    direction="row"
    aria-label="Appointment status colours"
    sx={{ listStyle: 'none', p: 0, m: 0, flexWrap: 'wrap', gap: 1.5 }}
  >
    {APPOINTMENT_STATUSES.map((status) => {
      const look = STATUS_LOOKS[status];
      return (
        <Box component="li" key={status} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Box
            aria-hidden
            sx={{
              width: 14,
              height: 14,
              borderRadius: 0.5,
              bgcolor: look.background,
              border: '1px solid',
              borderColor: look.border,
            }}
          />
          <Typography
            variant="body2"
            sx={{ textDecoration: look.strike ? 'line-through' : 'none' }}
          >
            {vocabularyLabel(status)}
          </Typography>
        </Box>
      );
    })}
  </Stack>
);
