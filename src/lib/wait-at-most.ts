/**
 * Waits for `work`, but no longer than `ms`: for a first render that would rather have its data
 * yet must not hang on a slow answer (the work goes on; whoever needs its result still gets it).
 * Never rejects: a failed `work` is the caller's to report where it is used.
 */
export const waitAtMost = (work: Promise<unknown>, ms: number): Promise<void> =>
  new Promise((done) => {
    const timer = setTimeout(done, ms);
    const finish = () => {
      clearTimeout(timer);
      done();
    };
    work.then(finish, finish);
  });
