import { Trans, useLingui } from '@lingui/react/macro';
import { describeWindow } from '../../lib/time-view';
import { useAppStore } from '../../store/app-store';
import { WindowAnnouncer } from './WindowAnnouncer';

/** The time window an embed locked: said, not offered for change. */
export function LockedWindow() {
  const { t } = useLingui();
  const timeWindow = useAppStore((s) => s.timeWindow);
  if (!timeWindow) return null;
  const dates = describeWindow(timeWindow);
  return (
    <section className="timeline timeline-locked" aria-label={t`Time window`}>
      <p>
        <Trans comment="dates: a period, as in March 2024 to April 2025">
          Showing events from <strong>{dates}</strong>, as set by this page.
        </Trans>
      </p>
      <WindowAnnouncer />
    </section>
  );
}
