import type { StateCreator } from 'zustand';
import type { PlaybackMode, Speed } from '../lib/playback';
import type { AppState } from './app-store';

export interface PlaybackSlice {
  playing: boolean;
  /** A moving window of fixed width, or everything up to the playhead. */
  playbackMode: PlaybackMode;
  speed: Speed;
  loop: boolean;
  setPlaying: (playing: boolean) => void;
  setPlaybackMode: (mode: PlaybackMode) => void;
  setSpeed: (speed: Speed) => void;
  setLoop: (loop: boolean) => void;
}

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  playing: false,
  playbackMode: 'window',
  speed: 1,
  loop: false,
  setPlaying: (playing) => set({ playing }),
  setPlaybackMode: (playbackMode) => set({ playbackMode }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
});
