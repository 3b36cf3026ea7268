/**
 * An error whose message is worded when it is shown, not when it is thrown: a
 * notice that stays on screen is then in the language the reader has picked
 * since. `message` holds its words at the moment it was thrown, for logs.
 */
export class WordedError extends Error {
  constructor(readonly wording: () => string) {
    super(wording());
  }
}

/** How to word an error when shown: a `WordedError`'s own wording, or any other error's message as it is. */
export function wordingOf(error: unknown): () => string {
  if (error instanceof WordedError) return error.wording;
  const text = error instanceof Error ? error.message : String(error);
  return () => text;
}
