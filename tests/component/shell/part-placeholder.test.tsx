/**
 * While an on-demand part's code arrives, its place says what is loading, to a screen reader as
 * well: a status named after the part (a bare skeleton may not carry a name), of the part's
 * height. The note box's placeholder on a real lead page: tests/e2e/leads.spec.ts.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onDemandPart } from '../../../src/components/on-demand-part';
import { PartPlaceholder } from '../../../src/components/part-placeholder';

/** A part whose code never arrives. */
const Pending = onDemandPart('The slow part', () => new Promise<() => null>(() => undefined));

describe('an on-demand part while its code loads', () => {
  it('keeps its place as a status named after the part', () => {
    render(<Pending fallback={<PartPlaceholder label="Loading the slow part" height={132} />} />);
    const placeholder = screen.getByRole('status', { name: 'Loading the slow part' });
    expect(placeholder).toBeVisible();
    expect(placeholder).toHaveStyle({ height: '132px' });
  });
});
