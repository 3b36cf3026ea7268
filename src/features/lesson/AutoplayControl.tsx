import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { AUTOPLAY_CHOICES } from '../../lib/lesson-autoplay';
import { AUTOPLAY_CONTROL, type AutoplayControls } from './use-autoplay';

/**
 * Autoplay's controls in the step bar: the seconds each step is shown, a
 * button to start and stop, and what autoplay is doing, said once as it
 * changes (a status region).
 */
export function AutoplayControl({ autoplay, seconds, setSeconds, start, stop }: AutoplayControls) {
  const { t, i18n } = useLingui();
  const playing = autoplay.state === 'playing';
  const choices = AUTOPLAY_CHOICES.includes(seconds) ? AUTOPLAY_CHOICES : [...AUTOPLAY_CHOICES, seconds];
  let status = '';
  if (autoplay.state === 'playing') {
    const every = autoplay.seconds;
    status = t({
      comment: 'Beside the lesson’s autoplay button while it plays: # is a number of seconds',
      message: plural(every, { one: 'A step every # second', other: 'A step every # seconds' }),
    });
  } else if (autoplay.state === 'stopped') {
    status =
      autoplay.why === 'end'
        ? t`Autoplay stopped at the last step.`
        : autoplay.why === 'reader'
          ? t`Autoplay stopped: you used the page.`
          : t`Autoplay stopped.`;
  }
  return (
    <div className={playing ? 'lesson-autoplay is-playing' : 'lesson-autoplay'}>
      <button
        type="button"
        className="button"
        {...{ [AUTOPLAY_CONTROL]: '' }}
        onClick={playing ? stop : start}
      >
        {playing ? (
          <Trans comment="Button: stops a lesson playing its steps by itself">Stop autoplay</Trans>
        ) : (
          <Trans comment="Button: plays a lesson's steps by themselves, one every few seconds, for a classroom display">
            Autoplay
          </Trans>
        )}
      </button>
      <label className="lesson-seconds">
        <span>
          <Trans comment="Label of the list of how long autoplay shows each step of a lesson">
            Seconds per step
          </Trans>
        </span>
        <select value={seconds} disabled={playing} onChange={(e) => setSeconds(Number(e.target.value))}>
          {choices.map((s) => (
            <option key={s} value={s}>
              {i18n.number(s)}
            </option>
          ))}
        </select>
      </label>
      <span role="status" className="lesson-autoplay-status">
        {status}
      </span>
    </div>
  );
}
