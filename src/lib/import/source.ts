import type { EventProperties } from '../event-schema';
import { capped, quoted, type CellReader } from './cells';
import { parseFlexibleDate, pointOf, type DateReading } from './flexible-date';
import { CAPS } from './text';
import type { Note } from './types';

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
      notes.push({
        field: 'url',
        column: link.column,
        problem: `${quoted(link.text)} is not a web address starting with http:// or https://; left out`,
        fix: 'Give the full address of the article, e.g. https://www.example.com/news/story',
      });
    } else {
      url = web.url;
      if (web.added) {
        notes.push({
          field: 'url',
          column: link.column,
          problem: 'has no http:// or https://',
          fix: `It was read as ${web.url}`,
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
        notes.push({
          field: 'published',
          column: published.column,
          problem: `${quoted(published.text)} is ${parsed.approximate ? 'approximate' : 'a period'}; kept as ${date}`,
          fix: 'Write the date the article was published as YYYY-MM-DD',
        });
      }
    } else {
      notes.push({
        field: 'published',
        column: published.column,
        problem: `${parsed.error}; left out`,
        fix: parsed.fix ?? 'Write the date the article was published as YYYY-MM-DD',
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
