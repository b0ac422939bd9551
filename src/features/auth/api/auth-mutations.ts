import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ENDPOINTS, tokenPairSchema, type LoginInput } from '../../../contract';
import { apiPostBare } from '../../../lib/http-client';
import { sessionFromTokens, sessionStore } from '../../../lib/session';

/** Signs in; afterwards every query that failed for want of a session runs again. */
export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ username, password }: LoginInput) => {
      const tokens = await apiPostBare(ENDPOINTS.login, { username, password }, tokenPairSchema);
      return sessionFromTokens(tokens, username ?? '');
    },
    onSuccess: (session) => {
      sessionStore.signIn(session);
      // Not awaited: the user moves on at once while the queries refetch.
      void queryClient.invalidateQueries();
    },
  });
};

/**
 * Signs out (in every tab: the kept session goes) and forgets every cached answer of this user;
 * the server revokes the refresh token (`POST user/logout/` [ours]). Not awaited: a server
 * that does not know the endpoint, or is down, must not keep anyone signed in here.
 */
export const useLogout = () => {
  const queryClient = useQueryClient();
  return () => {
    const refresh = sessionStore.get().session?.refresh;
    if (refresh) {
      void apiPostBare(ENDPOINTS.logout, { refresh }, z.unknown()).catch(() => undefined);
    }
    sessionStore.signOut();
    queryClient.clear();
  };
};
