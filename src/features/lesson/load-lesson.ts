import { t } from '@lingui/core/macro';
import exampleLesson from 'virtual:example-lesson';
import { dataHosts } from '../../config';
import { agreedBefore, rememberAgreed } from '../../lib/agreed-hosts';
import { dataAccess } from '../../lib/data-hosts';
import { isFramedEmbed, mayLoadFrom } from '../../lib/host-consent';
import { lessonIssueText, parseLesson, type Lesson } from '../../lib/lesson';
import { decodeLesson, lessonInFragment } from '../../lib/lesson-link';

/** The lessons the page ships, by the name `?lesson=` gives them. */
const SHIPPED: Record<string, string> = { example: exampleLesson };

/** What `?lesson=` names when the lesson is in the address's fragment (`#lesson=…`) instead. */
export const IN_FRAGMENT = '#';

/** The most a lesson file fetched from a link may weigh: far above any lesson the schema allows. */
const MAX_FILE_CHARS = 2_000_000;

/** A lesson, or why there is none, in the language shown when it is drawn. */
export type Loaded = { lesson: Lesson } | { problem: () => string };

/**
 * The lesson an address names: `?lesson=example` (one the page ships), `?lesson=<url>` (a lesson file
 * from this host, or from another https host once the reader agrees, as for `?data=`; see
 * lib/data-hosts.ts), or the lesson in the fragment, `#lesson=…` (lib/lesson-link.ts). `ask` puts the
 * question about another host to the reader.
 */
export async function loadLesson(
  name: string,
  ask: (host: string) => Promise<boolean>,
  signal: AbortSignal,
): Promise<Loaded> {
  if (name === IN_FRAGMENT) return fromFragment(window.location.hash);
  if (/^[\w-]+$/.test(name)) {
    const url = Object.hasOwn(SHIPPED, name) ? SHIPPED[name] : undefined;
    if (url === undefined) return { problem: () => t`The address names no lesson this map has.` };
    return fromFile(url, signal);
  }
  let url: URL;
  try {
    url = new URL(name, window.location.href);
  } catch {
    return { problem: () => t`The address names no lesson this map has.` };
  }
  const access = dataAccess(url.href, window.location.origin, dataHosts);
  const host = url.host;
  if (access.kind === 'refused') {
    return access.reason === 'plain-http'
      ? {
          problem: () =>
            t({
              comment: "Why a link's lesson file is not opened: {host} is the other site's host name",
              message: `${host} is reached over plain http, and this site opens lessons from other hosts only over https. Use the file's https address.`,
            }),
        }
      : {
          problem: () =>
            t({
              comment:
                'Why a link\'s lesson file is not opened: {host} is the other site\'s host name; "Your data" is the button that opens a file, as it is translated there',
              message: `This site does not open lessons from ${host}. Download the lesson's file and open it with "Your data".`,
            }),
        };
  }
  // A frame's page chose its lesson, as it chooses an embed's data; a tab of its own asks the reader.
  if (!(await mayLoadFrom(access, isFramedEmbed(window), { agreedBefore, ask, remember: rememberAgreed }))) {
    return {
      problem: () =>
        t({
          comment: "{host} is the other site's host name",
          message: `The lesson from ${host} was not opened, as you chose.`,
        }),
    };
  }
  return fromFile(url.href, signal);
}

async function fromFile(url: string, signal: AbortSignal): Promise<Loaded> {
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'omit' });
    if (!response.ok) throw new Error(String(response.status));
    text = await response.text();
  } catch {
    return {
      problem: () => t`The lesson file could not be fetched. Check your connection and reload the page.`,
    };
  }
  if (text.length > MAX_FILE_CHARS) return { problem: tooBig };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: () => t`The lesson file is not JSON: it cannot be a lesson.` };
  }
  return checked(json);
}

async function fromFragment(hash: string): Promise<Loaded> {
  const decoded = await decodeLesson(lessonInFragment(hash) ?? '');
  if (!decoded.ok) {
    return decoded.problem === 'too-big'
      ? { problem: tooBig }
      : {
          problem: () =>
            t`The lesson in this link is damaged: the link may have been cut short when it was copied. Ask for the link again, or for the lesson as a file.`,
        };
  }
  return checked(decoded.json);
}

const tooBig = () => t`The lesson is far larger than a lesson can be: it was not read.`;

/** A lesson's JSON checked against the format, every problem said with its step and field. */
export function checked(json: unknown): Loaded {
  const result = parseLesson(json);
  if (result.ok) return { lesson: result.lesson };
  const found = result.issues;
  return {
    problem: () => {
      const issues = found.map(lessonIssueText).join('; ');
      return t`The lesson file has problems: ${issues}`;
    },
  };
}
