/**
 * A part of the app whose code loads when it is first shown (a dialog, a panel, the calendar),
 * for `load`'s caller to render like the part itself (`fallback` shows while the code arrives).
 * `load` is fetched through `loadCode`, so a failed load is the app's "unavailable" error.
 * If the code cannot be fetched (offline before the part was ever loaded, the server down),
 * the page stays as it is and an alert says which part could not be loaded and why, with Retry
 * (which fetches it again) and, for a part that can be closed, Close. Without this, the failed
 * load would give the whole page to the error screen, and a half-filled form with it.
 * Any other error in the part is not caught here: the page's error screen reports it.
 */
import { Alert, Button } from '@mui/material';
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { isApiError } from '../lib/api-error';
import { loadCode } from '../lib/load-code';

type BoundaryProps = {
  /** Names the part in the alert: "The command palette". */
  what: string;
  /** Renders the part as it is now (after a failure, a fresh attempt at its code). */
  renderPart: () => ReactNode;
  /** The failed part is to be fetched anew the next time it renders. */
  onFailed: () => void;
  onClose?: () => void;
};

class PartBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override componentDidCatch(): void {
    this.props.onFailed();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.renderPart();
    // Only a part that could not be fetched is said here; anything else is the page's error.
    if (!isApiError(error) || error.kind !== 'unavailable') throw error;
    const { what, onClose } = this.props;
    return (
      <Alert
        severity="error"
        sx={{
          position: 'fixed',
          bottom: 16,
          left: '50%',
          transform: 'translateX(-50%)',
          zIndex: (theme) => theme.zIndex.snackbar,
        }}
        action={
          <>
            <Button color="inherit" size="small" onClick={() => this.setState({ error: null })}>
              Retry
            </Button>
            {onClose && (
              <Button color="inherit" size="small" onClick={onClose}>
                Close
              </Button>
            )}
          </>
        }
      >
        {what} could not be loaded: {error.message}
      </Alert>
    );
  }
}

export const onDemandPart = <P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
) => {
  const fresh = () => lazy(async () => ({ default: await loadCode(load) }));
  let Part = fresh();
  const OnDemandPart = ({ fallback = null, ...props }: P & { fallback?: ReactNode }) => {
    const partProps = props as unknown as P;
    const close = (partProps as { onClose?: unknown }).onClose;
    return (
      <PartBoundary
        what={what}
        onFailed={() => {
          Part = fresh();
        }}
        onClose={typeof close === 'function' ? () => close() : undefined}
        renderPart={() => (
          <Suspense fallback={fallback}>
            <Part {...partProps} />
          </Suspense>
        )}
      />
    );
  };
  return OnDemandPart;
};
