import { plural, t } from '@lingui/core/macro';
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
        const dates = describeWindow(now.timeWindow);
        // Said later, outside rendering: `t` of @lingui/core/macro speaks the language active then.
        const filtered = isFiltering(now.filters);
        let text: string;
        if (possible > 0 && filtered)
          text = t({
            comment:
              'Said to screen readers when the time window stops moving; dates as in "March 2024 to April 2025"',
            message: `${plural(count, { one: '# event', other: '# events' })}, ${dates}, with filters; ${plural(possible, { one: '# of them may fall outside it', other: '# of them may fall outside it' })}`,
          });
        else if (possible > 0)
          text = t({
            comment:
              'Said to screen readers when the time window stops moving; dates as in "March 2024 to April 2025"',
            message: `${plural(count, { one: '# event', other: '# events' })}, ${dates}; ${plural(possible, { one: '# of them may fall outside it', other: '# of them may fall outside it' })}`,
          });
        else if (filtered)
          text = t({
            comment:
              'Said to screen readers when the time window stops moving; dates as in "March 2024 to April 2025"',
            message: `${plural(count, { one: '# event', other: '# events' })}, ${dates}, with filters`,
          });
        else
          text = t({
            comment:
              'Said to screen readers when the time window stops moving; dates as in "March 2024 to April 2025"',
            message: `${plural(count, { one: '# event', other: '# events' })}, ${dates}`,
          });
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
