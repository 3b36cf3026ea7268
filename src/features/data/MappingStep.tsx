import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useId, useRef, useState, type FormEvent } from 'react';
import { FIELD_LABELS, type ColumnMatch, type Field, type MissingField } from '../../lib/import/columns';
import { choicesOf, choose, FIELD_GROUPS, mappingOf } from '../../lib/import/column-choices';
import type { DateOrder, MappingQuestions, ReadOptions } from '../../lib/import/read-options';
import { translationReading } from '../../lib/import/translation-columns';
import { labelText, listOf } from './words';

const MISSING_WORDS: Record<MissingField, MessageDescriptor> = {
  title: msg({
    comment: 'What the events need, after "The events need" or "Choose a column for"',
    message: 'a title (or a type, to title events by type and place)',
  }),
  date: msg({
    comment: 'What the events need, after "The events need" or "Choose a column for"',
    message: 'a date (or a start date, or a year)',
  }),
  location: msg({
    comment: 'What the events need, after "The events need" or "Choose a column for"',
    message: 'a place: latitude and longitude, or a place name',
  }),
};

interface Props {
  name: string;
  headers: readonly string[];
  examples: readonly string[];
  match: ColumnMatch;
  questions: MappingQuestions;
  busy: boolean;
  read: (options: ReadOptions) => void;
  chooseAnother: () => void;
}

/**
 * Every column of the file, what it is read as, and the choice to read it as
 * something else; columns read as none of our fields are kept with each event
 * as its other fields. Also the questions the file leaves open: which way
 * round its dates are, and whether its latitude and longitude are exchanged.
 */
export function MappingStep({ name, headers, examples, match, questions, busy, read, chooseAnother }: Props) {
  const { t, i18n } = useLingui();
  const [choices, setChoices] = useState(() => choicesOf(match));
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(questions.dateOrder?.suggested ?? null);
  const [swap, setSwap] = useState(questions.swap !== undefined);
  const [tried, setTried] = useState(false);
  const id = useId();
  // Where a submit that cannot go on takes the reader: the open question, else the columns.
  const firstOrder = useRef<HTMLInputElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const { columns, missing } = mappingOf(choices);
  const needsOrder = questions.dateOrder !== undefined && dateOrder === null;
  const ready = missing.length === 0 && !needsOrder;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!ready) {
      if (needsOrder) firstOrder.current?.focus();
      else table.current?.querySelector('select')?.focus();
      return;
    }
    read({
      columns,
      ...(dateOrder ? { dateOrder } : {}),
      ...(swap ? { swapCoordinates: true } : {}),
    });
  };

  /** A name or value from the file, in quotation marks. */
  const quoted = (text: string) =>
    t({ comment: "A name or value from the reader's file, in quotation marks", message: `“${text}”` });
  const needs = (fields: readonly MissingField[]) => fields.map((m) => i18n._(MISSING_WORDS[m])).join('; ');
  const needed = needs(match.missing);
  const stillNeeded = needs(missing);
  const swapped = i18n.number(questions.swap?.rows ?? 0);
  const withCoordinates = questions.swap?.of ?? 0;
  const swapExample = questions.swap?.example;
  const orderColumns = listOf(i18n, questions.dateOrder?.columns.map(quoted) ?? [], 'and');
  const orderExamples = listOf(i18n, questions.dateOrder?.examples.map(quoted) ?? [], 'items');
  const columnCount = headers.length;
  // A column read as none of our fields is a translation where its name says so (title_ur), else kept.
  const readings = headers.map((h) => translationReading(h));
  const bilingual = readings.some((r) => r !== null) || headers.some((h) => choices.get(h) === 'lang');

  return (
    <form className="import-form mapping-step" onSubmit={submit} noValidate>
      <p>
        <Trans>
          How the columns of <bdi>{name}</bdi> are read. Change any of them; a column read as none of these
          fields is kept with each event, shown in its details and in downloads, as one of its other fields.
        </Trans>
      </p>
      {bilingual && (
        <p>
          <Trans comment="title_ur, summary_ru, place_fa and lang are column names, written in the reader’s file as they are">
            A column named for a field and a language, such as title_ur, summary_ru or place_fa, is read as
            the translation of the events’ title, summary or place label into that language. A language column
            (lang) says which language the events’ own words are in.
          </Trans>
        </p>
      )}
      {match.missing.length > 0 && (
        <p>
          <Trans comment="{needed} is what the events need: a title, a date, a place (one or more, joined by semicolons)">
            Some columns could not be matched by their names. The events need {needed}.
          </Trans>
        </p>
      )}
      {questions.swap && (
        <fieldset className="mapping-question">
          <legend>
            <Trans>Latitude and longitude</Trans>
          </legend>
          <p>
            <Plural
              value={withCoordinates}
              one={
                <Trans comment="{swapExample} is one row's coordinates, from the file">
                  In {swapped} of # row with coordinates, latitude and longitude only make sense the other way
                  round; for example, {swapExample}.
                </Trans>
              }
              other={
                <Trans comment="{swapExample} is one row's coordinates, from the file">
                  In {swapped} of # rows with coordinates, latitude and longitude only make sense the other
                  way round; for example, {swapExample}.
                </Trans>
              }
            />
          </p>
          <label>
            <input type="checkbox" checked={swap} onChange={(e) => setSwap(e.target.checked)} />{' '}
            {t`Swap latitude and longitude for the whole file`}
          </label>
        </fieldset>
      )}
      {questions.dateOrder && (
        <fieldset className="mapping-question" aria-describedby={`${id}-order`}>
          <legend>
            <Trans>Which way round are the dates?</Trans>
          </legend>
          <p id={`${id}-order`}>
            <Trans comment="{orderColumns} are column names of the file, {orderExamples} dates from them, all in quotation marks">
              The dates in {orderColumns} could be read either way round, for example {orderExamples}.
            </Trans>
          </p>
          {(
            [
              [
                'day-first',
                t({
                  comment:
                    'A way to read dates such as 03/04/2024: day first. Write "3 April 2024" as your language writes that date; keep 03/04/2024 as it is',
                  message: 'Day first (03/04/2024 is 3 April 2024)',
                }),
              ],
              [
                'month-first',
                t({
                  comment:
                    'A way to read dates such as 03/04/2024: month first, as in the United States. Write "March 4, 2024" as your language writes that date; keep 03/04/2024 as it is',
                  message: 'Month first (03/04/2024 is March 4, 2024)',
                }),
              ],
            ] as const
          ).map(([order, label]) => (
            <label key={order}>
              <input
                ref={order === 'day-first' ? firstOrder : undefined}
                type="radio"
                name={`${id}-order`}
                checked={dateOrder === order}
                onChange={() => setDateOrder(order)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      )}
      <div className="mapping-table-wrap">
        <table className="mapping-table" ref={table}>
          <caption>
            <Plural value={columnCount} one="# column" other="# columns" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Trans comment="Table heading: the columns of the reader's file">Column</Trans>
              </th>
              <th scope="col">
                <Trans comment="Table heading: the first value of each column of the file">First value</Trans>
              </th>
              <th scope="col">
                <Trans comment="Table heading: which of the app's fields each column is read as">
                  Read as
                </Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {headers.map((header, i) => (
              <tr key={header}>
                <th scope="row">
                  <bdi>{header}</bdi>
                </th>
                <td className="mapping-example">
                  <bdi>
                    {examples[i] ||
                      t({
                        comment: 'In place of the first value of a column, when it is empty',
                        message: '(empty)',
                      })}
                  </bdi>
                </td>
                <td>
                  <select
                    aria-label={t`Read “${header}” as`}
                    value={choices.get(header) ?? ''}
                    onChange={(e) =>
                      setChoices(choose(choices, header, (e.target.value || null) as Field | null))
                    }
                  >
                    <option value="">{readings[i] ?? t`Other field (kept)`}</option>
                    {FIELD_GROUPS.map((group) => (
                      <optgroup key={labelText(i18n, group.label)} label={labelText(i18n, group.label)}>
                        {group.fields.map((field) => (
                          <option key={field} value={field}>
                            {labelText(i18n, FIELD_LABELS[field])}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tried && !ready && (
        <p className="import-error" role="alert">
          {missing.length > 0 &&
            `${t({
              comment:
                '{stillNeeded} is what the events need: a title, a date, a place (one or more, joined by semicolons)',
              message: `Choose a column for ${stillNeeded}.`,
            })} `}
          {needsOrder && t`Say which way round the dates are.`}
        </p>
      )}
      <div className="import-actions">
        <button type="submit" className="button" disabled={busy}>
          <Trans>Show these events</Trans>
        </button>
        <button type="button" className="button" onClick={chooseAnother}>
          <Trans>Choose another file</Trans>
        </button>
      </div>
    </form>
  );
}
