import { originalLanguage, shownIn, translatedText } from '../../lib/event-language';
import { Trans, useLingui } from '@lingui/react/macro';
import { memo, type CSSProperties, type KeyboardEvent, type Ref } from 'react';
import { CATEGORY_LABELS } from '../../lib/categories';
import { claimLines } from '../../lib/claims';
import type { MapEvent } from '../../lib/dataset';
import { formatEventDate } from '../../lib/dates';
import { categoryColor } from '../../lib/marker-scales';
import { highlightParts, highlightRanges } from '../../lib/search-text';

const NO_TERMS: readonly string[] = [];

/** A dot between the parts of an item, heard as a comma: its name reads "Title, Attack, 26 August 2021, Kabul". */
function Sep() {
  return (
    <>
      <span aria-hidden="true"> · </span>
      <span className="visually-hidden">, </span>
    </>
  );
}

/** Up and Down arrows move focus to the next or previous item of the list. */
function moveFocus(e: KeyboardEvent<HTMLButtonElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const list = e.currentTarget.closest('ol, [role="list"]');
  if (!list) return;
  const items = Array.from(list.querySelectorAll<HTMLElement>('.list-item'));
  const at = items.indexOf(e.currentTarget);
  const next = items[at + (e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

/** Text with the search matches marked, as text nodes: never HTML. */
function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

/** Where the search matched when the title does not show it: a few words of the summary, the actors or the outlets. */
function SearchContext({
  event,
  title,
  terms,
}: {
  event: MapEvent;
  title: string;
  terms: readonly string[];
}) {
  const { t, i18n } = useLingui();
  const p = event.props;
  if (highlightRanges(title, terms).length > 0) return null;
  // Each label with its colon, before a few words of the field the search matched.
  const fields: Array<[string, string]> = [
    [
      t({ comment: 'Before words of the event summary that a search matched', message: 'Summary:' }),
      shownIn(p, 'summary', i18n.locale).text,
    ],
    [
      t({
        comment: 'Before words of the event in another language than the one shown, that a search matched',
        message: 'In another language:',
      }),
      translatedText(p),
    ],
    [
      t({ comment: 'Before the names of the actors that a search matched', message: 'Actors:' }),
      p.actors.map((a) => a.name).join(', '),
    ],
    [
      t({ comment: 'Before the names of the outlets that a search matched', message: 'Sources:' }),
      p.sources.map((s) => s.outlet).join(', '),
    ],
  ];
  for (const [label, text] of fields) {
    const first = highlightRanges(text, terms)[0];
    if (!first) continue;
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, first[0] - 40)) + 1);
    const to = Math.min(text.length, first[1] + 60);
    const excerpt = `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
    return (
      <span className="list-context">
        {label} <Highlighted text={excerpt} terms={terms} />
      </span>
    );
  }
  return null;
}

interface Props {
  event: MapEvent;
  selected: boolean;
  /** The event's date range only partly overlaps the window. */
  possible: boolean;
  /** Called with the event's id when the reader opens it. */
  onSelect: (id: string) => void;
  /** Search terms to highlight (folded), if a search is on. */
  terms?: readonly string[];
  /** For rows of a virtual list: where the row is, and its place in the whole list. */
  ref?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  index?: number;
  setSize?: number;
}

export const EventListItem = memo(function EventListItem({
  event,
  selected,
  possible,
  onSelect,
  terms = NO_TERMS,
  ref,
  style,
  index,
  setSize,
}: Props) {
  const { t, i18n } = useLingui();
  const p = event.props;
  // In the reader's language where the data translates it, else as written, with its language either way.
  const title = shownIn(p, 'title', i18n.locale);
  const killed = p.casualties?.killed;
  const figure = killed?.text;
  const gazetteer = p.place.gazetteer;
  const sources = p.sources
    .map((s) => [s.outlet, s.headline && `“${s.headline}”`, s.published].filter(Boolean).join(', '))
    .join('; ');
  return (
    <li
      ref={ref}
      style={style}
      data-index={index}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
    >
      <button
        type="button"
        className={possible ? 'list-item is-possible' : 'list-item'}
        data-event-id={event.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(event.id)}
        onKeyDown={moveFocus}
      >
        <span className="list-title" dir="auto" lang={title.lang}>
          <Highlighted text={title.text} terms={terms} />
        </span>
        <span className="visually-hidden">, </span>
        <span className="list-meta">
          <span className="swatch" style={{ background: categoryColor(p.category) }} aria-hidden="true" />
          <span>{i18n._(CATEGORY_LABELS[p.category])}</span>
          <Sep />
          <span>{formatEventDate(p.date)}</span>
          {p.place.name.trim() !== '' && (
            <>
              <Sep />
              {/* The data's own words: in its language, whatever the page's. */}
              <span lang={originalLanguage(p)} dir="auto">
                <Highlighted text={p.place.name} terms={terms} />
              </span>
            </>
          )}
          {killed && (
            <>
              <Sep />
              <span>
                {t({
                  comment: 'In a list item: the number of people killed, as the data words it',
                  message: `${figure} killed`,
                })}
                {killed.reading && (
                  <span className="muted">
                    {' '}
                    {t({
                      comment: 'After a figure the data gives as its reading of the source, not as a quote',
                      message: '(a reading)',
                    })}
                  </span>
                )}
              </span>
            </>
          )}
        </span>
        {gazetteer && (
          <span className="list-context">
            <Trans>
              Located by place name: <bdi>{gazetteer}</bdi>
            </Trans>
          </span>
        )}
        {possible && (
          <span className="possible-badge">
            <Trans comment="Badge on an event whose date range is only partly inside the time window">
              may fall in this period
            </Trans>
          </span>
        )}
        {claimLines(p.claims).map((line) => (
          <span key={line.status} className="claim-line">
            <span className="claim-label">{line.label}</span> {line.text}
          </span>
        ))}
        {p.sources.length > 0 && (
          <span className="print-only list-sources">
            <Trans comment="On a printed list, under an event: its sources (outlet, headline, date), separated by semicolons">
              Sources: {sources}
            </Trans>
          </span>
        )}
        {terms.length > 0 && <SearchContext event={event} title={title.text} terms={terms} />}
      </button>
    </li>
  );
});
