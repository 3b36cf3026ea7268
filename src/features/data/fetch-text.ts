import { fileSize } from '../../lib/file-size';

/** The largest file `?data=` or the file picker loads: about 200,000 events of CSV. */
export const MAX_DATA_BYTES = 50 * 1024 * 1024;
/** How long a `?data=` address has to answer in full. */
export const DATA_TIMEOUT_MS = 30_000;

/**
 * Fetches a data file as text, with clear messages for what goes wrong: no
 * answer in time, an error status, a web page instead of data, a file over
 * the size limit, or a host that refuses (CORS) or that this site does not allow.
 */
export async function fetchDataText(url: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(DATA_TIMEOUT_MS);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: both, credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (error) {
    if (timeout.aborted) throw new Error(`${url} did not answer within ${DATA_TIMEOUT_MS / 1000} seconds`);
    if (signal?.aborted) throw error;
    throw new Error(
      `${url} could not be fetched: the host may be unreachable, may not allow other sites to read it (CORS), or is not among the data hosts this site allows`,
    );
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html|application\/xhtml/i.test(type)) {
    throw new Error(`${url} returned a web page, not a data file (CSV or GeoJSON)`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_DATA_BYTES) {
    throw new Error(`${url} is ${fileSize(declared)}, over the ${fileSize(MAX_DATA_BYTES)} limit`);
  }
  return readLimited(response, url, both);
}

async function readLimited(response: Response, url: string, signal: AbortSignal): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    if (signal.aborted) {
      await reader.cancel();
      throw new Error(`${url} did not answer within ${DATA_TIMEOUT_MS / 1000} seconds`);
    }
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_DATA_BYTES) {
      await reader.cancel();
      throw new Error(`${url} is over the ${fileSize(MAX_DATA_BYTES)} limit`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
