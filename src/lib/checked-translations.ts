/**
 * The bundled events' translations, one file per language, beside the checked
 * events file (lib/checked-dataset.ts): a reader gets only the words of the
 * language they read, and an English reader none, rather than every language's
 * words with every first load. The build splits them out of the checked events
 * (`splitTranslations`); the page puts a language's words back on the events
 * when that language is shown (`withTranslations`).
 */
import type { MapEvent } from './dataset';
import type { Translation } from './event-schema';

export const TRANSLATIONS_FORMAT = 'wherewhen-event-translations';
export const TRANSLATIONS_VERSION = 1;

interface TranslationsFile {
  readonly format: typeof TRANSLATIONS_FORMAT;
  readonly version: typeof TRANSLATIONS_VERSION;
  /** The language tag, as the data writes it (`ur`, `fa-AF`). */
  readonly language: string;
  /** By event id: the event's words in that language. */
  readonly events: Readonly<Record<string, Translation>>;
}

/** Words by event id, in one language. */
export type EventWords = ReadonlyMap<string, Translation>;

/** The events without their translations, and each language's words by event id (the languages in the order first met). */
export function splitTranslations(events: readonly MapEvent[]): {
  events: MapEvent[];
  byLanguage: Map<string, Map<string, Translation>>;
} {
  const byLanguage = new Map<string, Map<string, Translation>>();
  const bare = events.map((event) => {
    const { translations, ...props } = event.props;
    if (!translations) return event;
    for (const [tag, words] of Object.entries(translations)) {
      // An empty translation (the schema takes `"ur": {}`) says nothing: no file carries it.
      if (Object.keys(words).length === 0) continue;
      let language = byLanguage.get(tag);
      if (!language) byLanguage.set(tag, (language = new Map()));
      language.set(event.id, words);
    }
    return { ...event, props };
  });
  return { events: bare, byLanguage };
}

/** The text of one language's file. */
export function translationsText(language: string, words: ReadonlyMap<string, Translation>): string {
  const file: TranslationsFile = {
    format: TRANSLATIONS_FORMAT,
    version: TRANSLATIONS_VERSION,
    language,
    events: Object.fromEntries(words),
  };
  return JSON.stringify(file);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const FIELDS = ['title', 'summary', 'placeLabel'] as const;

/** Whether a value has the shape of one event's words: text fields only, at least one. */
function isWords(value: unknown): value is Translation {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((key) => (FIELDS as readonly string[]).includes(key) && typeof value[key] === 'string')
  );
}

/**
 * The words of a translations file, checked to be the language asked for and
 * text only; null for a file that is not one (another format or version, another
 * language, a damaged copy): the events are then shown in their own words.
 */
export function readLanguageFile(json: unknown, language: string): EventWords | null {
  if (
    !isRecord(json) ||
    json.format !== TRANSLATIONS_FORMAT ||
    json.version !== TRANSLATIONS_VERSION ||
    json.language !== language ||
    !isRecord(json.events)
  )
    return null;
  const words = new Map<string, Translation>();
  for (const [id, value] of Object.entries(json.events)) {
    if (!isWords(value)) return null;
    words.set(id, value);
  }
  return words;
}

/**
 * The events with one language's words among their translations: a new array,
 * in the same order, each event with words a new object (and the others the same
 * objects), so what is keyed on the events sees the change and nothing else moves.
 */
export function withTranslations(
  events: readonly MapEvent[],
  language: string,
  words: EventWords,
): readonly MapEvent[] {
  if (words.size === 0) return events;
  return events.map((event) => {
    const added = words.get(event.id);
    if (!added) return event;
    const translations = { ...event.props.translations, [language]: added };
    return { ...event, props: { ...event.props, translations } };
  });
}
