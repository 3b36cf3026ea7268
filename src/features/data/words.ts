import type { I18n, MessageDescriptor } from '@lingui/core';
import { t } from '@lingui/core/macro';

/** How a list is said: "a and b" (`and`), or a plain list of items, "a, b, c" (`items`). */
type ListKind = 'and' | 'items';

function listFormat(i18n: I18n, kind: ListKind): Intl.ListFormat {
  return new Intl.ListFormat(
    i18n.locales ?? i18n.locale,
    kind === 'and' ? { type: 'conjunction', style: 'long' } : { type: 'unit', style: 'short' },
  );
}

/** Items as a list in the language shown: "“a” and “b”", "x, y, z" in English. */
export function listOf(i18n: I18n, items: readonly string[], kind: ListKind): string {
  return listFormat(i18n, kind).format(items);
}

/** The same list in pieces, the items apart from what joins them (to set each item apart in the page). */
export function listParts(
  i18n: I18n,
  items: readonly string[],
  kind: ListKind,
): { type: string; value: string }[] {
  return listFormat(i18n, kind).formatToParts(items);
}

/** A label from src/lib written as text, or as a message to translate where it is shown. */
export function labelText(i18n: I18n, label: string | MessageDescriptor): string {
  return typeof label === 'string' ? label : i18n._(label);
}

/** Why no events are shown, in the language shown now: `reason` is worded by whoever failed. */
export function couldNotLoad(reason: string): string {
  return t({ comment: '{reason} says why, in words', message: `The events could not be loaded: ${reason}.` });
}
