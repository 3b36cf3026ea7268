import { memo, useEffect } from 'react';
import { useLingui } from '@lingui/react/macro';
import { useShallow } from 'zustand/react/shallow';
import { SPEEDS, type Speed } from '../../lib/speeds';
import { useAppStore } from '../../store/app-store';
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from './icons';
import { markMoving } from './moving-window';

/** What plays and steps: a lazy chunk, fetched once the timeline is shown. */
export function loadPlayer() {
  return import('./player');
}

/** Play, pause and step the window through time, as a moving window or cumulatively. */
export const PlaybackControls = memo(function PlaybackControls() {
  const { t, i18n } = useLingui();
  const { playing, mode, speed, loop, note, setPlaying, setPlaybackMode, setSpeed, setLoop } = useAppStore(
    useShallow((s) => ({
      playing: s.playing,
      mode: s.playbackMode,
      speed: s.speed,
      loop: s.loop,
      note: s.playbackNote,
      setPlaying: s.setPlaying,
      setPlaybackMode: s.setPlaybackMode,
      setSpeed: s.setSpeed,
      setLoop: s.setLoop,
    })),
  );
  useEffect(
    function layersWhilePlaying() {
      markMoving('is-playing', playing);
      return () => markMoving('is-playing', false);
    },
    [playing],
  );
  const stepBack = t`Step back`;
  const stepForward = t`Step forward`;
  const play = playing
    ? t({ comment: 'Verb, on a button that pauses the playing timeline', message: 'Pause' })
    : t({ comment: 'Verb, on a button that plays the timeline', message: 'Play' });

  return (
    <div
      className="toolbar-group playback-controls"
      role="group"
      aria-label={t({ comment: 'Name of the group of buttons that play the timeline', message: 'Playback' })}
    >
      <button
        type="button"
        className="icon-button"
        onClick={() => void loadPlayer().then((player) => player.stepOnce(-1))}
        aria-label={stepBack}
        title={stepBack}
      >
        <StepBackIcon />
      </button>
      <button
        type="button"
        className="button play-button"
        onClick={() => setPlaying(!playing)}
        aria-label={play}
      >
        {playing ? <PauseIcon /> : <PlayIcon />} {play}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => void loadPlayer().then((player) => player.stepOnce(1))}
        aria-label={stepForward}
        title={stepForward}
      >
        <StepForwardIcon />
      </button>
      <label className="speed">
        <span>{t({ comment: 'How fast the timeline plays', message: 'Speed' })}</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => {
            const factor = i18n.number(s);
            return (
              <option key={s} value={s}>
                {t({
                  comment: 'A playback speed: a multiple of the normal pace, as in 2×',
                  message: `${factor}×`,
                })}
              </option>
            );
          })}
        </select>
      </label>
      <fieldset className="mode">
        <legend className="visually-hidden">
          {t({ comment: 'Followed by the choices Moving window and Cumulative', message: 'Play as' })}
        </legend>
        <label>
          <input
            type="radio"
            name="playback-mode"
            checked={mode === 'window'}
            onChange={() => setPlaybackMode('window')}
          />
          {t({
            comment: 'Playback mode: a window of fixed length moves through time',
            message: 'Moving window',
          })}
        </label>
        <label>
          <input
            type="radio"
            name="playback-mode"
            checked={mode === 'cumulative'}
            onChange={() => setPlaybackMode('cumulative')}
          />
          {t({ comment: 'Playback mode: everything up to the playhead stays shown', message: 'Cumulative' })}
        </label>
      </fieldset>
      <label className="toggle loop">
        <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />
        {t({ comment: 'Checkbox: start playback over when it reaches the end', message: 'Loop' })}
      </label>
      <p className="playback-note" role="status">
        {note?.()}
      </p>
    </div>
  );
});
