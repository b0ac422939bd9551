/** The signed-in user, as the offline stores (the query cache, the write queue) key by. */
import { sessionStore } from '../session';
import type { CacheOwner } from './query-cache-persistence';

export const signedInOwner: CacheOwner = {
  username: () => sessionStore.get().session?.user.username ?? null,
  subscribe: sessionStore.subscribe,
};
