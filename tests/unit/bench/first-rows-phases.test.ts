import { describe, expect, it } from 'vitest';
import { firstRowsPhases, PHASES, type FirstRowsTimeline } from '../../bench/first-rows-phases';

const timeline = (patch: Partial<FirstRowsTimeline>): FirstRowsTimeline => ({
  entryEnd: 100,
  booted: 180,
  chunkEnd: 230,
  refreshStart: null,
  refreshEnd: null,
  listStart: 185,
  listEnd: 300,
  ...patch,
});
const total = (phases: Record<string, number>) => PHASES.reduce((sum, p) => sum + phases[p]!, 0);

describe('firstRowsPhases', () => {
  it('splits the time to rows into consecutive phases that add up to it', () => {
    const phases = firstRowsPhases(timeline({}), 340);
    expect(phases).toEqual({
      'entry download': 100,
      boot: 80,
      'route chunk': 50,
      'list answer': 70,
      render: 40,
    });
    expect(total(phases)).toBe(340);
  });

  it('gives the list no time when it answered before the chunk arrived', () => {
    const phases = firstRowsPhases(timeline({ listEnd: 200 }), 260);
    expect(phases['list answer']).toBe(0);
    expect(phases.render).toBe(30);
    expect(total(phases)).toBe(260);
  });

  it('never goes negative when an entry is missing', () => {
    const phases = firstRowsPhases(timeline({ booted: null, chunkEnd: null, listEnd: null }), 150);
    expect(Object.values(phases).every((value) => value >= 0)).toBe(true);
    expect(total(phases)).toBe(150);
    expect(phases.render).toBe(50);
  });
});
