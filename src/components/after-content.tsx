import { useSyncExternalStore, type ReactNode } from 'react';
import { RememberedHeight, rememberedHeight } from './remembered-height';

/**
 * A cold start paints the page's own content first (the lead table's rows) and the controls
 * around it in the frames just after: the navigation's links, the app bar's buttons, the lead
 * filters and the table's pager. Their first render, styles and layout cost about as much
 * main-thread time as the rows themselves (decision 0017), and a user opening the app looks for
 * the rows. Each held part keeps its place (a stand-in of its size), so nothing moves when it
 * arrives. Only the app's very first render is split (main.tsx asks for it); every later page
 * renders whole, and so does every component test.
 */
let holding = false;
const listeners = new Set<() => void>();

/** main.tsx, before the first render: the parts marked `AfterContent` wait for its paint. */
export const holdUntilContentPainted = (): void => {
  holding = true;
};

/**
 * After the first render's commit (the app's root effect): the held parts render once that
 * frame is on screen.
 */
export const releaseAfterNextPaint = (): void => {
  if (!holding) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      holding = false;
      for (const listener of listeners) listener();
    }),
  );
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const isHolding = () => holding;

type AfterContentProps = {
  children: ReactNode;
  /** Stands in while held: something of the part's size, or nothing for a part out of the flow. */
  placeholder?: ReactNode;
  /**
   * For a part whose height depends on the screen, the role and the filters: its height is
   * remembered under this name, and the placeholder takes it on the next cold start; one
   * never seen at this window width is not held (it would push what is below it).
   */
  rememberHeightAs?: string;
};

export const AfterContent = ({
  children,
  placeholder = null,
  rememberHeightAs,
}: AfterContentProps) => {
  const holding = useSyncExternalStore(subscribe, isHolding);
  if (rememberHeightAs === undefined) return holding ? placeholder : children;
  const height = holding ? rememberedHeight(rememberHeightAs) : null;
  return height === null ? (
    <RememberedHeight name={rememberHeightAs}>{children}</RememberedHeight>
  ) : (
    <div style={{ height }} />
  );
};
