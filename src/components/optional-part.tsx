import { Component, type ReactNode } from 'react';

/**
 * A part of a page that only repeats what the page already says (a chart beside its numbers).
 * If it fails (its code could not be fetched: offline before it was ever loaded, the server
 * down), it is left out and the page stays, instead of the whole page giving way to the error
 * screen. Not for anything the user needs: that failure must be said (load-code.ts).
 */
export class OptionalPart extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
