/**
 * The durable write queue: kept per user in a store (a reload finds it), deleted on sign-out and
 * when someone else signs in; replayed in order, one write at a time, after a session refresh; a
 * refusal moves a write to "Couldn't sync" with the server's message; a network failure stops
 * the replay; a write sent before without an answer is checked before it is sent again.
 */
import { ApiError } from '../../../src/lib/api-error';
import { createMemoryStore } from '../../../src/lib/offline/key-value-store';
import type { QueuedWrite, WriteInput } from '../../../src/lib/offline/write-queue/queued-write';
import { replayWrites } from '../../../src/lib/offline/write-queue/replay-writes';
import { WriteConflict } from '../../../src/lib/offline/write-queue/write-conflict';
import { registerWriteHandler } from '../../../src/lib/offline/write-queue/write-handlers';
import { createWriteQueue } from '../../../src/lib/offline/write-queue/write-queue';
import { ownerAs } from './support/owner-as';

const NOW = Date.parse('2026-11-18T10:00:00Z');

let store: ReturnType<typeof createMemoryStore<QueuedWrite[]>>;
beforeEach(() => {
  store = createMemoryStore<QueuedWrite[]>();
});

/** Lets the queue's store promises run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

const queueFor = async (username: string | null) => {
  const { owner, become } = ownerAs(username);
  const queue = createWriteQueue(store, owner, () => NOW);
  await settle();
  return { queue, become };
};

let kinds = 0;
/** A handler under a kind of its own, recording what it sent; `answer` decides each send. */
const fakeHandler = (
  answer: (input: WriteInput) => Promise<unknown> = async () => ({}),
  alreadyDone: (write: QueuedWrite) => Promise<boolean> = async () => false,
) => {
  const kind = `test.write.${kinds++}`;
  const sent: WriteInput[] = [];
  registerWriteHandler(kind, {
    send: async (input) => {
      sent.push(input);
      return answer(input);
    },
    alreadyDone,
    describe: (input) => `Write ${String(input.text)}`,
    editable: [{ name: 'text', label: 'Text' }],
  });
  return { kind, sent };
};

const online = { refreshSession: async () => true, online: () => true };
const refused = new ApiError('rule', 401, { non_field_errors: ['Lead not found.'] });
const noNetwork = new ApiError('unavailable', 0, { non_field_errors: ['unavailable'] });

describe('the write queue', () => {
  it('keeps the writes under the signed-in user, in order, for the next page load', async () => {
    const { queue } = await queueFor('raj');
    await queue.add('note.create', { text: 'first' }, false);
    await queue.add('note.create', { text: 'second' }, true);

    const { queue: reloaded } = await queueFor('raj');
    expect(reloaded.list()).toEqual([
      {
        id: expect.any(String),
        kind: 'note.create',
        input: { text: 'first' },
        queuedAt: NOW,
        attempted: false,
      },
      {
        id: expect.any(String),
        kind: 'note.create',
        input: { text: 'second' },
        queuedAt: NOW,
        attempted: true,
      },
    ]);
    expect(await store.keys()).toEqual(['raj']);
  });

  it('deletes every queue on sign-out, and the last user’s when another signs in', async () => {
    const { queue, become } = await queueFor('raj');
    await queue.add('note.create', { text: 'raj’s' }, false);
    become('sara');
    await settle();
    expect(queue.list()).toEqual([]);
    await queue.add('note.create', { text: 'sara’s' }, false);
    expect(await store.keys()).toEqual(['sara']);

    become(null);
    await settle();
    expect(queue.list()).toEqual([]);
    expect(await store.keys()).toEqual([]);
  });
});

describe('replaying the queue', () => {
  it('sends the writes in order, one at a time, after refreshing the session', async () => {
    const events: string[] = [];
    let inFlight = 0;
    const { kind } = fakeHandler(async (input) => {
      inFlight++;
      expect(inFlight).toBe(1);
      events.push(`send ${String(input.text)}`);
      await settle();
      inFlight--;
    });
    const { queue } = await queueFor('raj');
    await queue.add(kind, { text: 'a' }, false);
    await queue.add(kind, { text: 'b' }, false);

    const refreshSession = async () => {
      events.push('refresh');
      return true;
    };
    expect(await replayWrites(queue, { ...online, refreshSession })).toBe(2);
    expect(events).toEqual(['refresh', 'send a', 'send b']);
    expect(queue.list()).toEqual([]);
    expect(await store.get('raj')).toEqual([]);
  });

  it('moves a refused write to “Couldn’t sync” with the server’s message and goes on', async () => {
    const picky = fakeHandler(async () => {
      throw refused;
    });
    const fine = fakeHandler();
    const { queue } = await queueFor('raj');
    await queue.add(picky.kind, { text: 'refused' }, false);
    await queue.add(fine.kind, { text: 'fine' }, false);

    expect(await replayWrites(queue, online)).toBe(2);
    expect(fine.sent).toEqual([{ text: 'fine' }]);
    expect(queue.list()).toEqual([
      expect.objectContaining({ input: { text: 'refused' }, refusal: 'Lead not found.' }),
    ]);
    // Not replayed again: it waits for the rep's Retry.
    expect(await replayWrites(queue, online)).toBe(0);
    expect(picky.sent).toHaveLength(1);
  });

  it('stops at a network failure, the write still pending and marked as sent once', async () => {
    const flaky = fakeHandler(async () => {
      throw noNetwork;
    });
    const later = fakeHandler();
    const { queue } = await queueFor('raj');
    await queue.add(flaky.kind, { text: 'lost' }, false);
    await queue.add(later.kind, { text: 'after' }, false);

    expect(await replayWrites(queue, online)).toBe(0);
    expect(later.sent).toEqual([]);
    expect(queue.list().map((write) => [write.input.text, write.attempted, write.refusal])).toEqual(
      [
        ['lost', true, undefined],
        ['after', false, undefined],
      ],
    );
  });

  it('asks the server before sending again a write whose answer was lost', async () => {
    const arrived = fakeHandler(undefined, async () => true);
    const missing = fakeHandler(undefined, async () => false);
    const fresh = fakeHandler(undefined, async () => {
      throw new Error('a write never sent is not checked');
    });
    const { queue } = await queueFor('raj');
    await queue.add(arrived.kind, { text: 'on the server' }, true);
    await queue.add(missing.kind, { text: 'not there' }, true);
    await queue.add(fresh.kind, { text: 'new' }, false);

    expect(await replayWrites(queue, online)).toBe(3);
    expect(arrived.sent).toEqual([]);
    expect(missing.sent).toEqual([{ text: 'not there' }]);
    expect(fresh.sent).toEqual([{ text: 'new' }]);
    expect(queue.list()).toEqual([]);
  });

  it('sends nothing offline or without a session', async () => {
    const { kind, sent } = fakeHandler();
    const { queue } = await queueFor('raj');
    await queue.add(kind, { text: 'waits' }, false);

    expect(await replayWrites(queue, { ...online, online: () => false })).toBe(0);
    expect(await replayWrites(queue, { ...online, refreshSession: async () => false })).toBe(0);
    expect(sent).toEqual([]);
    expect(queue.list()).toHaveLength(1);
  });

  it('retries a refused write with the rep’s corrected input, last in the queue', async () => {
    let refuse = true;
    const { kind, sent } = fakeHandler(async () => {
      if (refuse) throw refused;
    });
    const { queue } = await queueFor('raj');
    await queue.add(kind, { text: 'typo' }, false);
    await replayWrites(queue, online);
    await queue.add(kind, { text: 'waiting' }, false);
    const [failed] = queue.list();

    await queue.requeue(failed!.id, { text: 'fixed' });
    expect(queue.list().map((write) => [write.input.text, write.refusal])).toEqual([
      ['waiting', undefined],
      ['fixed', undefined],
    ]);
    refuse = false;
    expect(await replayWrites(queue, online)).toBe(2);
    expect(sent.slice(1)).toEqual([{ text: 'waiting' }, { text: 'fixed' }]);
  });

  it('keeps a conflict’s fields on the write for the rep, out of the pending list', async () => {
    const field = { name: 'first_name', label: 'First name', mine: 'Anna', theirs: 'Annie' };
    const { kind } = fakeHandler(async () => {
      throw new WriteConflict([field]);
    });
    const { queue } = await queueFor('raj');
    await queue.add(kind, { text: 'edit' }, false);

    expect(await replayWrites(queue, online)).toBe(1);
    expect(queue.list()).toEqual([
      expect.objectContaining({
        refusal: 'Changed on the server since you read it: choose what to keep.',
        conflict: [field],
      }),
    ]);
  });
});
