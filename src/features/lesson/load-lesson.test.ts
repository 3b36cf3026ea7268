import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataHosts } from '../../lib/data-hosts';
import type { Lesson } from '../../lib/lesson';

/** The site owner's list of data hosts, as each test sets it (config.ts reads it from the build). */
const config = vi.hoisted(() => ({ dataHosts: 'any' as DataHosts }));
vi.mock('../../config', () => config);

const { loadLesson } = await import('./load-lesson');

const lesson: Lesson = {
  format: 'wherewhen-lesson',
  version: 1,
  title: 'Kabul, August 2021',
  steps: [{ heading: 'The airport', text: 'Crowds at the gates.', view: 'from=2021-08-15&to=2021-08-31' }],
};

/** Just enough of a page at https://map.example for loadLesson, with a store that keeps answers. */
function page(address = 'https://map.example/') {
  const url = new URL(address);
  const kept = new Map<string, string>();
  const win = { location: { href: url.href, origin: url.origin, search: url.search, hash: url.hash } };
  vi.stubGlobal('window', Object.assign(win, { self: win, top: win }));
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
  });
}

/** Every address fetched, answered with `body` (a lesson's JSON unless told). */
function serve(body: string = JSON.stringify(lesson), status = 200) {
  const fetched: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(body, { status }));
    }),
  );
  return fetched;
}

const never = () => Promise.reject(new Error('the reader was not to be asked'));
const load = (name: string, ask: (host: string) => Promise<boolean> = never) =>
  loadLesson(name, ask, new AbortController().signal);
const problemOf = (loaded: Awaited<ReturnType<typeof load>>) =>
  'problem' in loaded ? loaded.problem() : null;

beforeEach(() => {
  config.dataHosts = 'any';
  page();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadLesson', () => {
  it('refuses another host over plain http before any request, naming the host and the way out', async () => {
    const fetched = serve();
    const problem = problemOf(await load('http://lessons.example/kabul.lesson.json'));
    expect(problem).toContain('lessons.example is reached over plain http');
    expect(problem).toContain('https address');
    expect(fetched).toEqual([]);
  });

  it('refuses a host the site owner did not list, before any request and without asking', async () => {
    config.dataHosts = ['https://data.example.org'];
    const fetched = serve();
    const problem = problemOf(await load('https://lessons.example/kabul.lesson.json'));
    expect(problem).toBe(
      'This site does not open lessons from lessons.example. Download the lesson\'s file and open it with "Your data".',
    );
    expect(fetched).toEqual([]);
  });

  it('opens a lesson from a listed host without asking', async () => {
    config.dataHosts = ['https://data.example.org'];
    const fetched = serve();
    expect(await load('https://data.example.org/kabul.lesson.json')).toEqual({ lesson });
    expect(fetched).toEqual(['https://data.example.org/kabul.lesson.json']);
  });

  it('asks before another https host; a no fetches nothing and is not remembered', async () => {
    const fetched = serve();
    const asked: string[] = [];
    const no = (host: string) => (asked.push(host), Promise.resolve(false));
    expect(problemOf(await load('https://lessons.example/a.json', no))).toBe(
      'The lesson from lessons.example was not opened, as you chose.',
    );
    expect(problemOf(await load('https://lessons.example/a.json', no))).not.toBeNull();
    expect(asked).toEqual(['lessons.example', 'lessons.example']);
    expect(fetched).toEqual([]);
  });

  it('asks once: a yes opens the lesson and is remembered for the next link from that host', async () => {
    const fetched = serve();
    const asked: string[] = [];
    const yes = (host: string) => (asked.push(host), Promise.resolve(true));
    expect(await load('https://lessons.example/a.json', yes)).toEqual({ lesson });
    expect(await load('https://lessons.example/b.json')).toEqual({ lesson });
    expect(asked).toEqual(['lessons.example']);
    expect(fetched).toEqual(['https://lessons.example/a.json', 'https://lessons.example/b.json']);
  });

  it('opens a lesson file from its own host, relative to the page, without asking', async () => {
    page('https://map.example/maps/?lesson=lessons/kabul.json');
    const fetched = serve();
    expect(await load('lessons/kabul.json')).toEqual({ lesson });
    expect(fetched).toEqual(['https://map.example/maps/lessons/kabul.json']);
  });

  it('says what is wrong with a file that is not a lesson, or could not be fetched', async () => {
    serve('{"format": "wherewhen-lesson"');
    expect(problemOf(await load('kabul.json'))).toBe('The lesson file is not JSON: it cannot be a lesson.');
    serve(JSON.stringify({ ...lesson, steps: [] }));
    expect(problemOf(await load('kabul.json'))).toMatch(/^The lesson file has problems: .*steps/);
    serve('', 404);
    expect(problemOf(await load('kabul.json'))).toContain('could not be fetched');
  });

  it('names no lesson for an unknown short name, and fetches nothing', async () => {
    const fetched = serve();
    expect(problemOf(await load('constructor'))).toBe('The address names no lesson this map has.');
    expect(fetched).toEqual([]);
  });
});
