/**
 * A lesson carried whole in a link's fragment: `#lesson=` and the lesson's JSON, compressed
 * (deflate-raw, built into browsers as CompressionStream, so no library is shipped) and written in
 * base64url, which a URL carries as it is. The fragment never reaches a server: the lesson goes from
 * the teacher's browser to the student's and nowhere else.
 *
 * Decoding gives JSON only: `parseLesson` (lesson.ts) checks it, as it checks a lesson file.
 */

import { LESSON_FRAGMENT, MAX_LINK_LENGTH } from './lesson-fragment';

/**
 * The most a fragment may unpack to, in bytes: well above the largest lesson the schema allows
 * (50 steps of 4,620 characters, written as JSON), and a bound on a crafted link that would unpack
 * to gigabytes.
 */
export const MAX_UNPACKED_BYTES = 2_000_000;

/** Why a fragment holds no lesson: not base64url or not deflate (`garbled`), or too big unpacked. */
export type LessonLinkProblem = 'garbled' | 'too-big';

export type DecodedLesson = { ok: true; json: unknown } | { ok: false; problem: LessonLinkProblem };

/** How much of a packed lesson the decompressor is given at a time: deflate can grow a byte a thousandfold. */
const SLICE_BYTES = 4096;

/**
 * The bytes as a stream that hands them on a slice at a time, when asked: a crafted link cannot
 * have a whole fragment unpacked at once, past MAX_UNPACKED_BYTES, before the limit is checked.
 */
function inSlices(bytes: Uint8Array): ReadableStream<BufferSource> {
  let at = 0;
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (at >= bytes.length) controller.close();
        else {
          controller.enqueue(bytes.slice(at, at + SLICE_BYTES));
          at += SLICE_BYTES;
        }
      },
    },
    { highWaterMark: 0 },
  );
}

/** The lesson as it goes in a fragment, after `#lesson=`. */
export async function encodeLesson(lesson: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(lesson));
  const packed = await drain(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')));
  return toBase64Url(packed!);
}

/** The JSON a fragment's lesson holds (what follows `#lesson=`); never throws. */
export async function decodeLesson(encoded: string): Promise<DecodedLesson> {
  const packed = fromBase64Url(encoded);
  if (!packed) return { ok: false, problem: 'garbled' };
  let bytes: Uint8Array;
  try {
    const stream = inSlices(packed).pipeThrough(new DecompressionStream('deflate-raw'));
    const unpacked = await drain(stream, MAX_UNPACKED_BYTES);
    if (!unpacked) return { ok: false, problem: 'too-big' };
    bytes = unpacked;
  } catch {
    return { ok: false, problem: 'garbled' };
  }
  try {
    return { ok: true, json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { ok: false, problem: 'garbled' };
  }
}

/** What follows `#lesson=` in a link's fragment, or null when the fragment carries no lesson. */
export function lessonInFragment(hash: string): string | null {
  return hash.startsWith(LESSON_FRAGMENT) ? hash.slice(LESSON_FRAGMENT.length) : null;
}

/**
 * The link that opens a lesson: `base` (the page's address, with the parameters the lesson needs,
 * such as `?data=`) and the lesson in the fragment; `fits` says whether it is within MAX_LINK_LENGTH.
 */
export async function lessonLink(base: string, lesson: unknown): Promise<{ link: string; fits: boolean }> {
  const url = new URL(base);
  url.hash = '';
  const link = `${url.toString()}${LESSON_FRAGMENT}${await encodeLesson(lesson)}`;
  return { link, fits: link.length <= MAX_LINK_LENGTH };
}

/** All of a stream's bytes; null once they pass `most`. */
async function drain(stream: ReadableStream<Uint8Array>, most = Infinity): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > most) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: a spread of a long array would pass more arguments than a call may take.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
