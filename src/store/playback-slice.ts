import type { StateCreator } from 'zustand';
import type { PlaybackMode } from '../lib/playback';
import type { Speed } from '../lib/speeds';
import type { AppState } from './app-store';

export interface PlaybackSlice {
  playing: boolean;
  /** A moving window of fixed width, or everything up to the playhead. */
  playbackMode: PlaybackMode;
  speed: Speed;
  loop: boolean;
  /**
   * What playback last said about itself ("Skipped 2009 to 2014: no events"), shown beside its
   * controls; worded when shown, in the language shown then. Null for nothing to say.
   */
  playbackNote: (() => string) | null;
  setPlaying: (playing: boolean) => void;
  setPlaybackMode: (mode: PlaybackMode) => void;
  setSpeed: (speed: Speed) => void;
  setLoop: (loop: boolean) => void;
  setPlaybackNote: (note: (() => string) | null) => void;
}

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  playing: false,
  playbackMode: 'window',
  speed: 1,
  loop: false,
  playbackNote: null,
  setPlaying: (playing) => set({ playing }),
  setPlaybackMode: (playbackMode) => set({ playbackMode }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
  setPlaybackNote: (playbackNote) => set({ playbackNote }),
});
