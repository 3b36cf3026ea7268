import type { DataAccess } from './data-hosts';
import { readEmbedOptions } from './embed';

/** Asking the reader, and what they agreed to before (lib/agreed-hosts keeps it in the browser). */
export interface Consent {
  readonly agreedBefore: (origin: string) => boolean;
  readonly ask: (host: string, signal?: AbortSignal) => Promise<boolean>;
  readonly remember: (origin: string) => void;
}

/**
 * Whether the page is an embed in another page's frame: that page chose what
 * it shows (and the caption names its host). `?embed=1` alone, in a tab of its
 * own, is not: a link could use it to skip the question.
 */
export function isFramedEmbed(win: { location: { search: string }; self: unknown; top: unknown }): boolean {
  return readEmbedOptions(win.location.search).embed && win.self !== win.top;
}

/**
 * Whether a file from `access`'s host may be loaded (`?data=`, `?lesson=`): at
 * once from a host that needs no question (the app's own, one the site lists),
 * in a frame whose page chose it, or from a host the reader agreed to before;
 * otherwise the reader is asked, and a yes is kept.
 */
export async function mayLoadFrom(
  access: Exclude<DataAccess, { kind: 'refused' }>,
  framed: boolean,
  consent: Consent,
  signal?: AbortSignal,
): Promise<boolean> {
  if (access.kind !== 'ask' || framed || consent.agreedBefore(access.origin)) return true;
  if (!(await consent.ask(access.host, signal))) return false;
  consent.remember(access.origin);
  return true;
}
