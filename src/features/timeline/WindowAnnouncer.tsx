import { useEffect, useState } from 'react';
import { isFiltering } from '../../lib/filter-state';
import { describeWindow } from '../../lib/time-view';
import { appStore } from '../../store/app-store';
import { selectPossibleCount, selectVisiblePositions } from '../../store/selectors';

const QUIET_MS = 700;

/**
 * Tells screen-reader users what the window now shows ("6 events, March 2024
 * to April 2025"), once the window has stopped moving for a moment, so a drag
 * or playback does not flood them.
 */
export function WindowAnnouncer() {
  const [message, setMessage] = useState('');
  useEffect(function announceWindow() {
    let timer = 0;
    const unsubscribe = appStore.subscribe((state, previous) => {
      if (
        (state.timeWindow === previous.timeWindow && state.filters === previous.filters) ||
        !state.timeWindow
      )
        return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const now = appStore.getState();
        if (!now.timeWindow) return;
        const count = selectVisiblePositions(now).length;
        const possible = selectPossibleCount(now);
        let text = `${count.toLocaleString('en-GB')} ${count === 1 ? 'event' : 'events'}, ${describeWindow(now.timeWindow)}`;
        if (isFiltering(now.filters)) text += ', with filters';
        if (possible > 0) text += `; ${possible.toLocaleString('en-GB')} of them may fall outside it`;
        setMessage(text);
      }, QUIET_MS);
    });
    return function stop() {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="window-announcement">
      {message}
    </p>
  );
}
