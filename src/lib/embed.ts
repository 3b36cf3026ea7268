import { addressWithout } from './address';
import { LESSON_FRAGMENT } from './lesson-fragment';

/** How the page is laid out inside another page's iframe: `?embed=1` and its options. */
export interface EmbedOptions {
  /** The compact layout: map and timeline, the list and details in a panel on demand. */
  readonly embed: boolean;
  /** `timeline=0` hides the timeline. */
  readonly timeline: boolean;
  /** `list=0` hides the list and details panel. */
  readonly list: boolean;
  /** `lock=1` keeps the time window as the link set it. */
  readonly lockWindow: boolean;
  /** `fixed=1` keeps the map where the link put it: no panning or zooming. */
  readonly fixedMap: boolean;
}

/** The parameters this module reads; they stay in links the page writes. */
export const EMBED_PARAMS = ['embed', 'timeline', 'list', 'lock', 'fixed'] as const;

const on = (value: string | null) => value !== null && /^(1|true|yes)$/i.test(value.trim());
const off = (value: string | null) => value !== null && /^(0|false|no)$/i.test(value.trim());

/** Reads the embed options; anything unrecognised leaves the default. Options apply only with `embed=1`. */
export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const embed = on(params.get('embed'));
  return {
    embed,
    timeline: !(embed && off(params.get('timeline'))),
    list: !(embed && off(params.get('list'))),
    lockWindow: embed && on(params.get('lock')),
    fixedMap: embed && on(params.get('fixed')),
  };
}

/** The full page for the same view: the address without the embed options. */
export function fullMapHref(search: string, pathname: string, hash = ''): string {
  // A lesson in the fragment goes along: the full map plays it too.
  return addressWithout(search, pathname, EMBED_PARAMS) + (hash.startsWith(LESSON_FRAGMENT) ? hash : '');
}
