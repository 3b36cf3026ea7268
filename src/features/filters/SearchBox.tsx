import { Trans, useLingui } from '@lingui/react/macro';
import { useRef, useState } from 'react';
import { appStore, useAppStore } from '../../store/app-store';
import { selectEngine, selectFilterIndex } from '../../store/selectors';

/** Builds the folded text the search reads, so the first key typed does not wait for it. */
function prepare() {
  const state = appStore.getState();
  const index = selectFilterIndex(state);
  const engine = selectEngine(state);
  if (engine && index) engine.prepareSearch(index);
}

/** Above this many events the search waits for a pause in typing before filtering. */
const DEBOUNCE_ABOVE = 20_000;

/** Matches titles, summaries, places, actors and source outlets, ignoring case and accents. `/` focuses it. */
export function SearchBox() {
  const { t } = useLingui();
  const search = useAppStore((s) => s.filters.search);
  const large = useAppStore((s) => (s.dataset?.events.length ?? 0) > DEBOUNCE_ABOVE);
  const [text, setText] = useState(search);
  const [followed, setFollowed] = useState(search);
  const timer = useRef(0);

  // Follow the store when it changes from elsewhere (Back, a link, "Clear all filters").
  if (search !== followed) {
    setFollowed(search);
    setText(search);
  }

  const commit = (value: string) => {
    window.clearTimeout(timer.current);
    const apply = () => {
      const state = appStore.getState();
      // The results take the list's place, which the details hold while an event is open.
      if (state.selectedId !== null) state.selectEvent(null, 'list');
      state.setFilters({ search: value });
    };
    if (large) timer.current = window.setTimeout(apply, 250);
    else apply();
  };

  return (
    <div className="search-box" role="search">
      <label htmlFor="event-search">
        <Trans>Search events</Trans>
      </label>
      <input
        id="event-search"
        type="search"
        value={text}
        placeholder={t`Title, place, actor, outlet…`}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        onFocus={prepare}
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text !== '') {
            e.preventDefault();
            e.stopPropagation();
            setText('');
            commit('');
          } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
            // On to the results: the first event of the list, where Up and Down go on through them.
            const first = document.querySelector<HTMLElement>('.event-list .list-item');
            if (!first) return;
            e.preventDefault();
            first.focus();
          }
        }}
      />
    </div>
  );
}
