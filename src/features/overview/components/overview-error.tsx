import { QueryErrorAlert } from '../../../components/query-error-alert';
import { isApiError, UNAVAILABLE_MESSAGE } from '../../../lib/api-error';

type Props = { error: unknown; onRetry: () => void; retrying: boolean };

/** The overview could not load: say why, in the server's words when it gave some, and retry. */
export const OverviewError = ({ error, onRetry, retrying }: Props) => (
  <QueryErrorAlert title="The overview could not be loaded" onRetry={onRetry} retrying={retrying}>
    {isApiError(error) ? error.formMessages().join(' ') : UNAVAILABLE_MESSAGE}
  </QueryErrorAlert>
);
