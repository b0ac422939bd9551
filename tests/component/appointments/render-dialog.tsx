/** Renders the appointment dialog alone, with the app's providers (Undo too) and a router for its link. */
import { vi } from 'vitest';
import { UndoProvider } from '../../../src/app/undo/undo-provider';
import {
  AppointmentDialog,
  type AppointmentDialogProps,
} from '../../../src/features/appointments/components/appointment-dialog';
import { renderRoutes } from '../support/render-app';

export const renderDialog = (props: Omit<AppointmentDialogProps, 'open' | 'onClose'>) => {
  const onClose = vi.fn();
  const view = renderRoutes(
    () => [
      {
        path: '*',
        element: (
          <UndoProvider>
            <AppointmentDialog open onClose={onClose} {...props} />
          </UndoProvider>
        ),
      },
    ],
    '/calendar',
  );
  return { ...view, onClose };
};
