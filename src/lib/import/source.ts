import { t } from '@lingui/core/macro';
import type { EventProperties } from '../event-schema';
import { capped, shortened, type CellReader } from './cells';
import { parseFlexibleDate, pointOf, type DateReading } from './flexible-date';
import { CAPS } from './text';
import type { Note } from './types';
import { leftOut } from './wording';

type Source = EventProperties['sources'][number];

/**
 * The row's source, from its outlet, link, headline, date and quote columns;
 * null when all are empty. Only http and https links are kept. Its date is
 * read as `reading` says (the column's order of day and month).
 */
export function readSource(cell: CellReader, notes: Note[], reading: DateReading = {}): Source | null {
  let outlet = capped(cell('source'), 'source', CAPS.other, notes);
  const headline = capped(cell('headline'), 'headline', CAPS.other, notes);
  const quote = capped(cell('quote'), 'quote', CAPS.other, notes);
  const link = cell('url');
  const published = cell('published');
  if (!outlet && !headline && !quote && !link.text && !published.text) return null;

  let url: string | undefined;
  if (link.text) {
    const web = webAddress(link.text);
    if (web === null) {
      const value = shortened(link.text);
      notes.push({
        field: 'url',
        column: link.column,
        problem: t`"${value}" is not a web address starting with http:// or https://; left out`,
        fix: t`Give the full address of the article, e.g. https://www.example.com/news/story`,
      });
    } else {
      url = web.url;
      if (web.added) {
        const address = web.url;
        notes.push({
          field: 'url',
          column: link.column,
          problem: t({
            comment: 'Said of the source link of a row, after its name: "url: has no http:// or https://"',
            message: 'has no http:// or https://',
          }),
          fix: t`It was read as ${address}`,
        });
      }
      if (!outlet) outlet = new URL(web.url).hostname.replace(/^www\./, '');
    }
  }

  let date = '';
  if (published.text) {
    const parsed = parseFlexibleDate(published.value, reading);
    if ('date' in parsed) {
      date = pointOf(parsed.date);
      if (parsed.approximate || parsed.date.precision === 'span') {
        const value = shortened(published.text);
        notes.push({
          field: 'published',
          column: published.column,
          problem: parsed.approximate
            ? t`"${value}" is approximate; kept as ${date}`
            : t`"${value}" is a period; kept as ${date}`,
          fix: t`Write the date the article was published as YYYY-MM-DD`,
        });
      }
    } else {
      notes.push({
        field: 'published',
        column: published.column,
        problem: leftOut(parsed.error),
        fix: parsed.fix ?? t`Write the date the article was published as YYYY-MM-DD`,
      });
    }
  }

  return { outlet, headline, published: date, quote, ...(url ? { url } : {}) };
}

/** The address when it is an http or https URL ("www." addresses get "https://"); null otherwise. */
export function webAddress(text: string): { url: string; added: boolean } | null {
  const added = /^www\./i.test(text);
  const url = added ? `https://${text}` : text;
  if (!/^https?:\/\/[^\s]+$/i.test(url) || url.length > 2000) return null;
  try {
    const parsed = new URL(url);
    if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return null;
  } catch {
    return null;
  }
  return { url, added };
}
