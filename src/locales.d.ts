/** A Lingui catalogue, compiled when imported (@lingui/vite-plugin). */
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}

/** English accented and made longer, made from the English catalogue at build time (`?lang=pseudo`). */
declare module 'virtual:pseudo-messages' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
