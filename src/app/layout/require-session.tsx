import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../features/auth/api/use-session';
import { SessionExpiredDialog } from '../../features/auth/components/session-expired-dialog';

/**
 * Pages need a session. With none, sign-in first and come back here after. When a session
 * expires on the page, the page stays and a sign-in dialog opens over it.
 */
export const RequireSession = ({ children }: { children: ReactNode }) => {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search + location.hash);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return (
    <>
      {children}
      <SessionExpiredDialog />
    </>
  );
};
