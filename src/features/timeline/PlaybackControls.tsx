import { useShallow } from 'zustand/react/shallow';
import { SPEEDS, type Speed } from '../../lib/speeds';
import { useAppStore } from '../../store/app-store';
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from './icons';

/** What plays and steps: a lazy chunk, fetched once the timeline is shown. */
export function loadPlayer() {
  return import('./player');
}

/** Play, pause and step the window through time, as a moving window or cumulatively. */
export function PlaybackControls() {
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

  return (
    <div className="toolbar-group playback-controls" role="group" aria-label="Playback">
      <button
        type="button"
        className="icon-button"
        onClick={() => void loadPlayer().then((player) => player.stepOnce(-1))}
        aria-label="Step back"
        title="Step back"
      >
        <StepBackIcon />
      </button>
      <button
        type="button"
        className="button play-button"
        onClick={() => setPlaying(!playing)}
        aria-label={playing ? 'Pause' : 'Play'}
      >
        {playing ? <PauseIcon /> : <PlayIcon />} {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => void loadPlayer().then((player) => player.stepOnce(1))}
        aria-label="Step forward"
        title="Step forward"
      >
        <StepForwardIcon />
      </button>
      <label className="speed">
        <span>Speed</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <fieldset className="mode">
        <legend className="visually-hidden">Play as</legend>
        <label>
          <input
            type="radio"
            name="playback-mode"
            checked={mode === 'window'}
            onChange={() => setPlaybackMode('window')}
          />
          Moving window
        </label>
        <label>
          <input
            type="radio"
            name="playback-mode"
            checked={mode === 'cumulative'}
            onChange={() => setPlaybackMode('cumulative')}
          />
          Cumulative
        </label>
      </fieldset>
      <label className="toggle loop">
        <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />
        Loop
      </label>
      <p className="playback-note" role="status">
        {note}
      </p>
    </div>
  );
}
