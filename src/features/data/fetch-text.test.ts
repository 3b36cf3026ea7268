import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_IDLE_MS, fetchData } from './fetch-text';

const URL_ = 'https://data.example.org/files/events.csv';
const bytes = (text: string) => new TextEncoder().encode(text);

/** A request that never answers, until it is aborted. */
function never(_url: unknown, init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) =>
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
  );
}

/** A body that gives each piece after its delay, then ends; or, with `stall`, waits for ever after the last. */
function body(pieces: Array<[delayMs: number, text: string]>, stall = false): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    async pull(controller) {
      if (i >= pieces.length) {
        if (stall) return new Promise<void>(() => undefined);
        return controller.close();
      }
      const [delay, text] = pieces[i++]!;
      await new Promise((resolve) => setTimeout(resolve, delay));
      controller.enqueue(bytes(text));
    },
  });
}

function answer(stream: ReadableStream<Uint8Array> | string, init: ResponseInit = {}) {
  return vi.fn(async () => new Response(stream, init));
}

/** The message fetchData rejects with, with the fake clock moved on while it runs. */
async function failure(run: Promise<unknown>, advanceMs = 0): Promise<string> {
  const caught = run.then(
    () => 'resolved',
    (e: Error) => e.message,
  );
  await vi.advanceTimersByTimeAsync(advanceMs);
  return caught;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchData', () => {
  it('gives the bytes and the charset the server names', async () => {
    vi.stubGlobal(
      'fetch',
      answer('a,b\n', { headers: { 'content-type': 'text/csv; charset="Windows-1252"' } }),
    );
    const fetched = await fetchData(URL_);
    expect(new TextDecoder().decode(fetched.bytes)).toBe('a,b\n');
    expect(fetched.charset).toBe('Windows-1252');
  });

  it('fails after 30 seconds without an answer, saying so in words', async () => {
    vi.stubGlobal('fetch', vi.fn(never));
    const run = fetchData(URL_);
    const settled = vi.fn();
    run.catch(settled);
    await vi.advanceTimersByTimeAsync(DATA_IDLE_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    expect(await failure(run, 1)).toBe(
      'data.example.org did not answer for 30 seconds: the server may be down or overloaded. Try again later',
    );
  });

  it('loads a slow download that never waits 30 seconds between pieces, however long it takes in all', async () => {
    const pieces = Array.from({ length: 6 }, (_, i): [number, string] => [25_000, `piece ${i}\n`]);
    vi.stubGlobal('fetch', answer(body(pieces)));
    const run = fetchData(URL_);
    await vi.advanceTimersByTimeAsync(6 * 25_000);
    const fetched = await run;
    expect(new TextDecoder().decode(fetched.bytes)).toBe(pieces.map(([, t]) => t).join(''));
  });

  it('fails when the download stops in the middle for 30 seconds, saying how much had come', async () => {
    vi.stubGlobal(
      'fetch',
      answer(
        body(
          [
            [10, 'title,date\n'],
            [10, 'A,2024\n'],
          ],
          true,
        ),
      ),
    );
    const message = await failure(fetchData(URL_), 20 + DATA_IDLE_MS);
    expect(message).toBe(
      'The download from data.example.org stopped: nothing arrived for 30 seconds, after 1 kB. Try again; if it stops again, the server or the connection is failing',
    );
  });

  it('names an error status and the file', async () => {
    vi.stubGlobal('fetch', answer('Not found', { status: 404, statusText: 'Not Found' }));
    expect(await failure(fetchData(URL_))).toBe(
      'data.example.org answered 404 Not Found for events.csv: there is no file at this address',
    );
  });

  it('when the request fails unseen, tells redirects that cannot be followed', async () => {
    const fetch = vi.fn(async (_url: unknown, init?: RequestInit) => {
      if (init?.redirect === 'manual') return { type: 'opaqueredirect' } as Response;
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetch);
    expect(await failure(fetchData(URL_))).toMatch(
      /^data\.example\.org sends the download on to another address \(a redirect\) that could not be followed/,
    );
  });

  it('when the request fails unseen but the host answers, tells the host to send Access-Control-Allow-Origin', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: unknown, init?: RequestInit) => {
        if (init?.mode === 'no-cors') return { type: 'opaque' } as Response;
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await failure(fetchData(URL_))).toMatch(
      /^data\.example\.org answered, but does not let other sites read the file: its server must send the header Access-Control-Allow-Origin/,
    );
  });

  it('when nothing reaches the host, says it could not be reached and why that may be', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await failure(fetchData(URL_))).toMatch(
      /^data\.example\.org could not be reached: the name may not exist/,
    );
  });

  it('refuses a web page and a file over the limit', async () => {
    vi.stubGlobal('fetch', answer('<html>', { headers: { 'content-type': 'text/html' } }));
    expect(await failure(fetchData(URL_))).toMatch(/returned a web page, not a data file/);
    vi.stubGlobal('fetch', answer('x', { headers: { 'content-length': String(60 * 1024 * 1024) } }));
    expect(await failure(fetchData(URL_))).toMatch(/is 60 MB, over the 50 MB limit/);
  });

  it('stops with an AbortError, and nothing else, when the reader goes elsewhere', async () => {
    vi.stubGlobal('fetch', vi.fn(never));
    const controller = new AbortController();
    const run = fetchData(URL_, controller.signal);
    controller.abort();
    await expect(run).rejects.toHaveProperty('name', 'AbortError');
  });
});
