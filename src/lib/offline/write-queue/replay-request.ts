/**
 * A feature's write that joined a waiting queue asks for a replay through here: the app (which
 * loads the replay's code after the first paint, src/app/offline/use-write-replay.ts) answers it.
 * Nothing answers before the app has mounted; its own first replay covers that time.
 */
let replay: () => void = () => undefined;

export const answerReplayRequests = (run: () => void): (() => void) => {
  replay = run;
  return () => {
    if (replay === run) replay = () => undefined;
  };
};

export const requestReplay = (): void => replay();
