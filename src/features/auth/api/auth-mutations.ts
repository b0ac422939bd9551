import { useMutation, useQueryClient } from '@tanstack/react-query';
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

/** Signs out and forgets every cached answer of this user. */
export const useLogout = () => {
  const queryClient = useQueryClient();
  return () => {
    sessionStore.signOut();
    queryClient.clear();
  };
};
