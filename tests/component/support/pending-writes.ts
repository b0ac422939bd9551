/** The app bar's list of changes not on the server yet, as the rep reads it. */
import { within } from '@testing-library/react';

/**
 * The list has emptied: nothing under "Couldn't sync", nothing pending. (While it is open the
 * page behind it, the app bar's count included, is hidden from queries.)
 */
export const pendingListSettled = (dialog: HTMLElement): boolean =>
  within(dialog).queryByRole('list', { name: "Couldn't sync" }) === null &&
  within(dialog).queryByText('Nothing is waiting.') !== null;
