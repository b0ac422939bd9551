import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useLogout } from '../../features/auth/api/auth-mutations';
import { useSession } from '../../features/auth/api/use-session';
import { onDemandPart } from '../../components/on-demand-part';

/** The sign-in form's code loads only when a session actually expires. */
const SessionExpiredDialog = onDemandPart(
  'The sign-in form',
  async () =>
    (await import('../../features/auth/components/session-expired-dialog')).SessionExpiredDialog,
);

/** The sign-in page, coming back to `location` afterwards. */
export const loginPathFor = (location: { pathname: string; search: string; hash: string }) =>
  `/login?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`;

/**
 * Pages need a session. With none, sign-in first and come back here after. When a session
 * expires on the page, the page stays and a sign-in dialog opens over it.
 */
export const RequireSession = ({ children }: { children: ReactNode }) => {
  const { session, expired } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  if (!session) return <Navigate to={loginPathFor(location)} replace />;
  return (
    <>
      {children}
      {expired && (
        <SessionExpiredDialog
          onSwitchUser={() => {
            logout();
            void navigate(loginPathFor(location), { replace: true });
          }}
        />
      )}
    </>
  );
};
