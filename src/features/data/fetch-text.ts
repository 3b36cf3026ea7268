import { plural, t } from '@lingui/core/macro';
import { WordedError } from '../../lib/worded-error';
import { dataFileName } from '../../lib/data-file-name';
import { fileSize } from '../../lib/file-size';

/** The largest file `?data=` or the file picker loads: about 200,000 events of CSV. */
export const MAX_DATA_BYTES = 50 * 1024 * 1024;
/**
 * How long a `?data=` download may go without a byte arriving, waiting for the
 * answer or in the middle of the file: a slow but steady download always loads.
 */
export const DATA_IDLE_MS = 30_000;

/** A downloaded file: its bytes and the charset its server named (decoded in the reading worker). */
export interface Fetched {
  readonly bytes: Uint8Array;
  readonly charset: string | null;
}

/**
 * Downloads a `?data=` file, with a message in words for each way it can
 * fail: no answer, a download that stops, an error status, a web page instead
 * of data, a file over the limit, a host that does not let other sites read
 * it (CORS), redirects that cannot be followed, a host that cannot be reached.
 * The browser tells a script none of the last three apart, so after such a
 * failure two more requests find out what they can (see `whyNotFetched`).
 * Rejects with an AbortError when `signal` aborts.
 */
export async function fetchData(url: string, signal?: AbortSignal, idleMs = DATA_IDLE_MS): Promise<Fetched> {
  const host = new URL(url).host;
  const idle = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), idleMs);
  };
  const both = signal ? AbortSignal.any([signal, idle.signal]) : idle.signal;
  const seconds = Math.round(idleMs / 1000);
  wait();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: both, ...PRIVATE });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (idle.signal.aborted) {
        throw new WordedError(() =>
          t({
            message: plural(seconds, {
              one: `${host} did not answer for # second: the server may be down or overloaded. Try again later`,
              other: `${host} did not answer for # seconds: the server may be down or overloaded. Try again later`,
            }),
          }),
        );
      }
      clearTimeout(timer);
      throw new WordedError(await whyNotFetched(url, host, signal));
    }
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      const file = dataFileName(url);
      const missing = response.status === 404 || response.status === 410;
      throw new WordedError(() =>
        missing
          ? t`${host} answered ${status} for ${file}: there is no file at this address`
          : t`${host} answered ${status} for ${file}`,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    if (/text\/html|application\/xhtml/i.test(type)) {
      throw new WordedError(() => t`${url} returned a web page, not a data file (CSV or GeoJSON)`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_DATA_BYTES) {
      throw new WordedError(() => {
        const size = fileSize(declared);
        const limit = fileSize(MAX_DATA_BYTES);
        return t`${url} is ${size}, over the ${limit} limit`;
      });
    }
    const bytes = await readBody(response, url, both, wait);
    if (signal?.aborted) throw signal.reason;
    if (idle.signal.aborted) {
      throw new WordedError(() => {
        const received = fileSize(bytes.byteLength);
        return t({
          message: plural(seconds, {
            one: `The download from ${host} stopped: nothing arrived for # second, after ${received}. Try again; if it stops again, the server or the connection is failing`,
            other: `The download from ${host} stopped: nothing arrived for # seconds, after ${received}. Try again; if it stops again, the server or the connection is failing`,
          }),
        });
      });
    }
    return { bytes, charset: charsetOf(type) };
  } finally {
    clearTimeout(timer);
  }
}

/** Nothing sent with the request that could tell the host who is reading: no cookies, no referrer. */
const PRIVATE: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' };

/**
 * The body, `wait` called at each piece; cut short (the pieces so far) when
 * `signal` aborts, which the caller tells apart.
 */
async function readBody(
  response: Response,
  url: string,
  signal: AbortSignal,
  wait: () => void,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  // A read waiting for bytes that never come ends when the reader is cancelled.
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop);
  const pieces: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || signal.aborted) break;
      wait();
      size += value.byteLength;
      if (size > MAX_DATA_BYTES) {
        await reader.cancel();
        throw new WordedError(() => {
          const limit = fileSize(MAX_DATA_BYTES);
          return t`${url} is over the ${limit} limit`;
        });
      }
      pieces.push(value);
    }
  } catch (error) {
    if (signal.aborted) return join(pieces, size);
    // The file over the limit, thrown above: said as it is.
    if (error instanceof WordedError) throw error;
    const host = new URL(url).host;
    const reason = (error as Error).message;
    throw new WordedError(() => {
      const received = fileSize(size);
      return t`The download from ${host} broke off after ${received} (${reason}). Try again`;
    });
  } finally {
    signal.removeEventListener('abort', stop);
  }
  return join(pieces, size);
}

function join(pieces: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  return bytes;
}

/** The charset parameter of a Content-Type ("text/csv; charset=windows-1252"), or null. */
export function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match ? match[2]! : null;
}

/**
 * Why a request failed with no answer a script may see. The browser hides
 * the reason (a CORS refusal, redirects in a loop, a name that does not
 * exist, a refused connection, a bad certificate all look the same), but two
 * more requests tell some apart: one that does not follow redirects gets
 * their first answer, where the host lets other sites see it; one that does
 * not ask to read the answer (no-cors) succeeds whenever the host answered.
 */
async function whyNotFetched(url: string, host: string, signal?: AbortSignal): Promise<() => string> {
  const probe = (init: RequestInit) =>
    fetch(url, {
      ...PRIVATE,
      ...init,
      signal: signal ? AbortSignal.any([signal, timeout()]) : timeout(),
    }).then(
      (response) => response,
      () => null,
    );
  const manual = await probe({ redirect: 'manual' });
  if (manual?.type === 'opaqueredirect') {
    return () =>
      t`${host} sends the download on to another address (a redirect) that could not be followed: the redirects go round in a loop, or lead to a host that does not let other sites read the file. Link to the file's final address instead`;
  }
  const opaque = await probe({ mode: 'no-cors' });
  if (opaque) {
    return () =>
      t({
        comment: 'Access-Control-Allow-Origin is the name of an HTTP header: keep it as it is',
        message: `${host} answered, but does not let other sites read the file: its server must send the header Access-Control-Allow-Origin (for example "Access-Control-Allow-Origin: *") with it. Ask the host's owner, or put the file on a host that does`,
      });
  }
  return () =>
    t`${host} could not be reached: the name may not exist, the server may be down or refusing connections, its certificate may not be valid, or it redirects in a loop. Check the address, or try again later`;
}

/** A probe gives up sooner than a download: it only has to start. */
const timeout = () => AbortSignal.timeout(10_000);
