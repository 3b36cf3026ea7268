import { embedCaption } from '../../lib/embed-caption';
import type { AppState } from '../../store/app-store';
import { selectTotalCount, selectVisiblePositions } from '../../store/selectors';
import { countryName } from '../../lib/filter-labels';

/** What the view on screen shows, in one line: an embed's caption and its iframe's title. */
export function captionOf(state: AppState): string {
  return embedCaption({
    filters: state.filters,
    window: state.timeWindow,
    extent: state.dataset?.index.extent ?? null,
    shown: selectVisiblePositions(state).length,
    total: selectTotalCount(state),
    countryName,
  });
}
