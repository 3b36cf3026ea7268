import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';

/** Where the events come from: the bundled file, a file at an address, or a seeded synthetic set for demos of scale. */
export type DataSource =
  { kind: 'bundled' } | { kind: 'url'; url: string } | { kind: 'synthetic'; count: number; seed: number };

/** The longest `?data=` address accepted. */
const MAX_URL_LENGTH = 2000;

export const MAX_SYNTHETIC = 1_000_000;

/**
 * Reads `?data=<url>` (an http(s) address, or a path on this host) or
 * `?synthetic=<n>&seed=<s>` from a query string. Anything malformed or out of
 * range falls back to the bundled data (or seed 1): the URL never breaks the
 * page. `readDataParam` says why a `?data=` value was not used.
 */
export function readDataSource(search: string, base = 'http://localhost/'): DataSource {
  const params = new URLSearchParams(search);
  const data = params.get('data');
  if (data !== null) {
    const read = readDataParam(data, base);
    if ('url' in read) return { kind: 'url', url: read.url };
  }
  const count = wholeNumber(params.get('synthetic'));
  if (count === null || count < 1 || count > MAX_SYNTHETIC) return { kind: 'bundled' };
  const seed = wholeNumber(params.get('seed'));
  return { kind: 'synthetic', count, seed: seed !== null && seed <= 0xffffffff ? seed : 1 };
}

/**
 * A `?data=` value (as URLSearchParams decodes it) as the address of a file,
 * resolved against the page; or, when it cannot be used, why, in words for
 * the link notice. Broken %-escapes are refused rather than sent on: the
 * link was cut short or mangled, and the server would only answer 404.
 */
export function readDataParam(
  value: string,
  base = 'http://localhost/',
): { url: string } | { reason: string } {
  const text = value.trim();
  if (text === '') {
    return {
      reason: t({
        comment: "Why a link's data address (the link's `data` part, named before this) cannot be used",
        message: 'is empty: give the address of a CSV or GeoJSON file',
      }),
    };
  }
  if (text.length > MAX_URL_LENGTH) {
    const most = i18n.number(MAX_URL_LENGTH);
    return {
      reason: t({
        comment: "Why a link's data address (the link's `data` part, named before this) cannot be used",
        message: `is longer than the ${most} characters an address may have here`,
      }),
    };
  }
  const address = quote(text);
  const broken = /%(?![0-9a-f]{2})[^]{0,2}/i.exec(text);
  if (broken) {
    const escape = broken[0];
    return {
      reason: t({
        comment:
          'Why the data address of a link cannot be used: {address} is the address, in quotes; {escape} the broken part of it',
        message: `${address} has a broken %-escape ("${escape}"); write a % sign in an address as %25`,
      }),
    };
  }
  if (text.includes('\uFFFD')) {
    return {
      reason: t({
        comment: 'Why the data address of a link cannot be used: {address} is the address, in quotes',
        message: `${address} has %-escapes that do not spell any text; the link may have been cut short`,
      }),
    };
  }
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return {
      reason: t({
        comment: 'Why the data address of a link cannot be used: {address} is the address, in quotes',
        message: `${address} is not a web address`,
      }),
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    const protocol = url.protocol;
    return {
      reason: t({
        comment:
          'Why the data address of a link cannot be used: {address} is the address, in quotes; {protocol} its scheme, such as "ftp:"',
        message: `${address} is a ${protocol} address; only http and https addresses can be loaded`,
      }),
    };
  }
  return { url: url.href };
}

/**
 * The host the page's `?data=` loads events from, when it is not the page's
 * own: the embed names it in its caption. Null for any other data.
 */
export function otherDataHost(search: string, pageHref: string): string | null {
  const source = readDataSource(search, pageHref);
  if (source.kind !== 'url') return null;
  const url = new URL(source.url);
  return url.origin === new URL(pageHref).origin ? null : url.host;
}

/** A value quoted in a message, cut short if long. */
function quote(text: string): string {
  const visible = text.replace(/\p{Cc}/gu, '');
  return `'${visible.length > 60 ? `${visible.slice(0, 60)}…` : visible}'`;
}

function wholeNumber(text: string | null): number | null {
  if (text === null || !/^\d{1,10}$/.test(text.trim())) return null;
  return Number(text.trim());
}
