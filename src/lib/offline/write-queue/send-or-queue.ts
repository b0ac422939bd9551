/**
 * A write as a feature makes it: sent at once when the browser is online and nothing waits
 * before it; queued when offline, when earlier writes still wait (so the order holds), or when
 * the request fails for the network (then marked as sent once, so it is checked before it is
 * sent again). A refusal from the server is thrown as before: the rep sees it where they are.
 */
import { isApiError } from '../../api-error';
import { writeQueue } from './app-write-queue';
import { isPending, type WriteInput } from './queued-write';
import { requestReplay } from './replay-request';

export type SentOrQueued<T> = { queued: false; value: T } | { queued: true };

/** No answer at all: the request may or may not have reached the server. */
const isNetworkFailure = (error: unknown) =>
  isApiError(error) && error.kind === 'unavailable' && error.status === 0;

export const sendOrQueue = async <T>(
  kind: string,
  input: WriteInput,
  send: () => Promise<T>,
): Promise<SentOrQueued<T>> => {
  const waiting = writeQueue.list().some(isPending);
  if (!navigator.onLine || waiting) {
    await writeQueue.add(kind, input, false);
    if (navigator.onLine) requestReplay();
    return { queued: true };
  }
  try {
    return { queued: false, value: await send() };
  } catch (error) {
    if (!isNetworkFailure(error)) throw error;
    await writeQueue.add(kind, input, true);
    return { queued: true };
  }
};
