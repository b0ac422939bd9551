import { describe, expect, it } from 'vitest';
import { growthRatio, percentile, percentileOfSorted, summarize } from '../../bench/stats';

describe('percentile', () => {
  it('interpolates between the closest ranks, as NumPy does by default', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 0)).toBe(15);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 25)).toBe(20);
    expect(percentile(values, 40)).toBeCloseTo(29, 10);
    expect(percentile(values, 95)).toBeCloseTo(48, 10);
  });

  it('does not depend on the order of the samples', () => {
    expect(percentile([50, 15, 40, 35, 20], 40)).toBeCloseTo(29, 10);
  });

  it('gives the one sample for any p', () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
  });

  it('p99 of 1..100 sits between the two highest ranks', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 99)).toBeCloseTo(99.01, 10);
    expect(percentile(values, 50)).toBe(50.5);
  });

  it('refuses no samples and a p outside 0..100', () => {
    expect(() => percentile([], 50)).toThrow('no samples');
    expect(() => percentileOfSorted([1, 2], 101)).toThrow('0..100');
    expect(() => percentileOfSorted([1, 2], Number.NaN)).toThrow('0..100');
  });
});

describe('summarize', () => {
  it('reports n, the percentiles, min, max and mean', () => {
    const summary = summarize([4, 1, 3, 2]);
    expect(summary).toMatchObject({ n: 4, p50: 2.5, min: 1, max: 4, mean: 2.5 });
    expect(summary.p95).toBeCloseTo(3.85, 10);
    expect(summary.p99).toBeCloseTo(3.97, 10);
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples', () => {
    expect(() => summarize([])).toThrow('no samples');
  });
});

describe('growthRatio', () => {
  it('is later over earlier', () => {
    expect(growthRatio(2, 5)).toBe(2.5);
  });

  it('is null when a figure is missing or the base is zero', () => {
    expect(growthRatio(undefined, 5)).toBeNull();
    expect(growthRatio(2, undefined)).toBeNull();
    expect(growthRatio(0, 5)).toBeNull();
  });
});
