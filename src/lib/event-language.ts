import type { EventProperties } from './event-schema';

/** An event's words, in the language they are shown in. */
export interface ShownText {
  readonly text: string;
  /** Its language, for the `lang` attribute: what a screen reader speaks it as, which font draws it. */
  readonly lang: string;
  /** A translation the data gives, not the event's own words. */
  readonly translated: boolean;
}

export type TranslatedField = 'title' | 'summary' | 'placeLabel';

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/** Whether two language tags name the same language: `fa-AF` and `fa`, `EN` and `en-GB`. */
export function sameLanguage(a: string, b: string): boolean {
  return primary(a) === primary(b);
}

/** The language an event's own words are written in: its own `lang`, else English. */
export function originalLanguage(props: EventProperties): string {
  return props.lang ?? 'en';
}

/**
 * An event's title, summary or place label in the reader's language where the data has it translated
 * (`translations`, matched on the language, so `fa-AF` serves `fa`), else in its own words. Nothing is
 * ever translated here: a field the data does not translate is shown as it is written, in its language.
 */
export function shownIn(props: EventProperties, field: TranslatedField, reader: string): ShownText {
  const original = originalLanguage(props);
  const own = field === 'placeLabel' ? props.place.label : props[field];
  if (sameLanguage(original, reader) || !props.translations)
    return { text: own, lang: original, translated: false };
  const tags = Object.keys(props.translations);
  const tag =
    tags.find((t) => t.toLowerCase() === reader.toLowerCase()) ?? tags.find((t) => sameLanguage(t, reader));
  const text = tag === undefined ? undefined : props.translations[tag]?.[field];
  return text ? { text, lang: tag!, translated: true } : { text: own, lang: original, translated: false };
}

/** Every translation of the event's title and summary, for the search: a reader may type in any language. */
export function translatedText(props: EventProperties): string {
  if (!props.translations) return '';
  return Object.values(props.translations)
    .flatMap((t) => [t.title, t.summary, t.placeLabel])
    .filter(Boolean)
    .join('\n');
}
