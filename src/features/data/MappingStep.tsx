import { useId, useRef, useState, type FormEvent } from 'react';
import { FIELD_LABELS, type ColumnMatch, type Field, type MissingField } from '../../lib/import/columns';
import { choicesOf, choose, FIELD_GROUPS, mappingOf } from '../../lib/import/column-choices';
import type { DateOrder, MappingQuestions, ReadOptions } from '../../lib/import/read-options';

const MISSING_WORDS: Record<MissingField, string> = {
  title: 'a title (or a type, to title events by type and place)',
  date: 'a date (or a start date, or a year)',
  location: 'a place: latitude and longitude, or a place name',
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

  return (
    <form className="import-form mapping-step" onSubmit={submit} noValidate>
      <p>
        How the columns of <bdi>{name}</bdi> are read. Change any of them; a column read as none of these
        fields is kept with each event, shown in its details and in downloads, as one of its other fields.
      </p>
      {match.missing.length > 0 && (
        <p>
          Some columns could not be matched by their names. The events need{' '}
          {match.missing.map((m) => MISSING_WORDS[m]).join('; ')}.
        </p>
      )}
      {questions.swap && (
        <fieldset className="mapping-question">
          <legend>Latitude and longitude</legend>
          <p>
            In {questions.swap.rows.toLocaleString('en-GB')} of {questions.swap.of.toLocaleString('en-GB')}{' '}
            rows with coordinates, latitude and longitude only make sense the other way round; for example,{' '}
            {questions.swap.example}.
          </p>
          <label>
            <input type="checkbox" checked={swap} onChange={(e) => setSwap(e.target.checked)} /> Swap latitude
            and longitude for the whole file
          </label>
        </fieldset>
      )}
      {questions.dateOrder && (
        <fieldset className="mapping-question" aria-describedby={`${id}-order`}>
          <legend>Which way round are the dates?</legend>
          <p id={`${id}-order`}>
            The dates in {questions.dateOrder.columns.map((c) => `“${c}”`).join(' and ')} could be read either
            way round, for example {questions.dateOrder.examples.map((x) => `“${x}”`).join(', ')}.
          </p>
          {(
            [
              ['day-first', 'Day first (03/04/2024 is 3 April 2024)'],
              ['month-first', 'Month first (03/04/2024 is March 4, 2024)'],
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
            {headers.length.toLocaleString('en-GB')} {headers.length === 1 ? 'column' : 'columns'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">First value</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((header, i) => (
              <tr key={header}>
                <th scope="row">
                  <bdi>{header}</bdi>
                </th>
                <td className="mapping-example">
                  <bdi>{examples[i] || '(empty)'}</bdi>
                </td>
                <td>
                  <select
                    aria-label={`Read “${header}” as`}
                    value={choices.get(header) ?? ''}
                    onChange={(e) =>
                      setChoices(choose(choices, header, (e.target.value || null) as Field | null))
                    }
                  >
                    <option value="">Other field (kept)</option>
                    {FIELD_GROUPS.map((group) => (
                      <optgroup key={group.label} label={group.label}>
                        {group.fields.map((field) => (
                          <option key={field} value={field}>
                            {FIELD_LABELS[field]}
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
          {missing.length > 0 && `Choose a column for ${missing.map((m) => MISSING_WORDS[m]).join('; ')}. `}
          {needsOrder && 'Say which way round the dates are.'}
        </p>
      )}
      <div className="import-actions">
        <button type="submit" className="button" disabled={busy}>
          Show these events
        </button>
        <button type="button" className="button" onClick={chooseAnother}>
          Choose another file
        </button>
      </div>
    </form>
  );
}
