/**
 * A cold start's held parts (decision 0017): shown at once when nothing is held (every later
 * page, every other test); held until the first paint when main.tsx asks, in a box of the height
 * they last had at this window width, and not held at all when that height is unknown.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AfterContent,
  holdUntilContentPainted,
  releaseAfterNextPaint,
} from '../../../src/components/after-content';

const FILTERS_KEY = 'crm.height.lead-filters';
const Filters = () => <button type="button">Clear filters</button>;

/** The release waits for a frame and then a task: both pass here. */
const paintAndRelease = async () => {
  releaseAfterNextPaint();
  await act(async () => {
    await new Promise((frame) => requestAnimationFrame(frame));
    await new Promise((task) => setTimeout(task, 0));
  });
};

afterEach(() => localStorage.clear());

describe('AfterContent', () => {
  it('shows its part at once when the app is past its first paint', () => {
    render(
      <AfterContent placeholder={<span>reserved</span>}>
        <Filters />
      </AfterContent>,
    );
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
    expect(screen.queryByText('reserved')).not.toBeInTheDocument();
  });

  it("holds its part behind the placeholder until the first render's frame is painted", async () => {
    holdUntilContentPainted();
    render(
      <>
        <p>Rows</p>
        <AfterContent placeholder={<span>reserved</span>}>
          <Filters />
        </AfterContent>
      </>,
    );
    expect(screen.getByText('Rows')).toBeInTheDocument();
    expect(screen.getByText('reserved')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();

    await paintAndRelease();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
    expect(screen.queryByText('reserved')).not.toBeInTheDocument();
  });

  it('keeps the height the part last had at this window width while it is held', async () => {
    localStorage.setItem(FILTERS_KEY, `${window.innerWidth} 96`);
    holdUntilContentPainted();
    const { container } = render(
      <AfterContent rememberHeightAs="lead-filters">
        <Filters />
      </AfterContent>,
    );
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveStyle({ height: '96px' });

    await paintAndRelease();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('does not hold a part whose height at this window width it never saw', async () => {
    localStorage.setItem(FILTERS_KEY, `${window.innerWidth + 200} 96`);
    holdUntilContentPainted();
    render(
      <AfterContent rememberHeightAs="lead-filters">
        <Filters />
      </AfterContent>,
    );
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
    await paintAndRelease();
  });
});
