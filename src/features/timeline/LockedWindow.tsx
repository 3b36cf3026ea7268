import { describeWindow } from '../../lib/time-view';
import { useAppStore } from '../../store/app-store';
import { WindowAnnouncer } from './WindowAnnouncer';

/** The time window an embed locked: said, not offered for change. */
export function LockedWindow() {
  const timeWindow = useAppStore((s) => s.timeWindow);
  if (!timeWindow) return null;
  return (
    <section className="timeline timeline-locked" aria-label="Time window">
      <p>
        Showing events from <strong>{describeWindow(timeWindow)}</strong>, as set by this page.
      </p>
      <WindowAnnouncer />
    </section>
  );
}
