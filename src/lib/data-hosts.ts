/**
 * Where `?data=` may load events from, besides the app's own host: any https
 * host, the reader being asked before the first load from each (the default),
 * or only the origins a site owner lists, without asking.
 */
export type DataHosts = 'any' | readonly string[];

/** What to do with a `?data=` address. */
export type DataAccess =
  /** The app's own host, or one the site owner listed. */
  | { readonly kind: 'load' }
  /** A host the reader has to agree to first: a stranger can serve anything, and learns the reader's address. */
  | { readonly kind: 'ask'; readonly origin: string; readonly host: string }
  | DataRefusal;

/**
 * Why a host is refused, with the reason in English words (`message`). This module runs in Node too (the
 * Content-Security-Policy is built from its list, see csp.ts), where Lingui's macros do not: the reader's
 * own language is `refusalText` in data-hosts-text.ts, which says the same from `reason`, `host` and `listed`.
 */
export type DataRefusal =
  /** The site owner listed hosts, and this is not one of them. */
  | {
      readonly kind: 'refused';
      readonly reason: 'not-listed';
      readonly host: string;
      readonly listed: readonly string[];
      readonly message: string;
    }
  /** Another host over plain http. */
  | {
      readonly kind: 'refused';
      readonly reason: 'plain-http';
      readonly host: string;
      readonly message: string;
    };

/**
 * Whether the page may load `url`, decided before any request, so a refusal
 * says why in words rather than as a blocked request (the
 * Content-Security-Policy, see csp.ts, enforces the same).
 */
export function dataAccess(url: string, pageOrigin: string, hosts: DataHosts): DataAccess {
  const { origin, host, protocol } = new URL(url);
  if (origin === pageOrigin) return { kind: 'load' };
  if (hosts !== 'any') {
    if (hosts.includes(origin)) return { kind: 'load' };
    const listed = hosts.map((h) => new URL(h).host);
    return {
      kind: 'refused',
      reason: 'not-listed',
      host,
      listed,
      message: `this site loads events only from ${listed.length > 0 ? listed.join(', ') : 'its own host'}, and ${host} is not one of them. Ask the site's owner to add it, or open the file with "Your data"`,
    };
  }
  if (protocol !== 'https:') {
    return {
      kind: 'refused',
      reason: 'plain-http',
      host,
      message: `${host} is reached over plain http, and this site loads events from other hosts only over https. Use the file's https address`,
    };
  }
  return { kind: 'ask', origin, host };
}

/**
 * A site owner's list of data hosts ("https://data.example.org,
 * https://other.example.org:8443", separated by commas or spaces) as origins.
 * Anything that is not an http(s) origin throws, so the build fails with the
 * reason instead of shipping a list that cannot work.
 */
export function parseDataHosts(text: string): readonly string[] {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      let url: URL | null = null;
      try {
        url = new URL(entry);
      } catch {
        // Reported below.
      }
      const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
      if (!url || !bare || (url.protocol !== 'https:' && url.protocol !== 'http:') || entry.includes('*')) {
        throw new Error(
          `VITE_DATA_HOSTS must list origins such as https://data.example.org, separated by commas, not "${entry}"`,
        );
      }
      return url.origin;
    });
}

/** What the Content-Security-Policy's connect-src adds to 'self' for `?data=`. */
export function dataConnectSources(hosts: DataHosts): string[] {
  return hosts === 'any' ? ['https:'] : [...hosts];
}
