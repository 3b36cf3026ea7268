/**
 * Speeds the reader can choose, as multiples of the normal pace: apart from
 * the rest of playback, which is a lazy chunk, as the controls need them first.
 */
export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
