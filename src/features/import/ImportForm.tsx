import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { ColumnMapping, ColumnMatch, Field } from '../../lib/import';
import { fileSize } from '../../lib/file-size';
import { appStore } from '../../store/app-store';
import { MAX_DATA_BYTES } from '../data/fetch-text';
import { importFile } from '../data/import-file';

type Step =
  | { kind: 'choose'; error: string | null }
  | { kind: 'map'; file: File; headers: string[]; match: ColumnMatch };

/** The columns the mapping step asks for, by what is missing. */
const ASK: Record<'title' | 'date' | 'location', Array<[Field, string]>> = {
  title: [['title', 'Title']],
  date: [['date', 'Date (YYYY, YYYY-MM or YYYY-MM-DD)']],
  location: [
    ['latitude', 'Latitude'],
    ['longitude', 'Longitude'],
  ],
};

/**
 * Pick or drop a CSV or GeoJSON file; it is read in the browser and never
 * sent anywhere. Columns that cannot be matched by name are chosen here.
 */
export function ImportForm({ close }: { close: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null });
  const [mapping, setMapping] = useState<Partial<ColumnMapping>>({});
  /** The file being read, and the way to stop reading it. */
  const [reading, setReading] = useState<{ file: File; controller: AbortController } | null>(null);
  const busy = reading !== null;
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(
    function focusCancel() {
      if (reading) cancelButton.current?.focus();
    },
    [reading],
  );
  // Closing the dialog stops a reading still under way.
  useEffect(() => () => reading?.controller.abort(), [reading]);

  const read = async (file: File, chosen?: Partial<ColumnMapping>) => {
    const controller = new AbortController();
    setReading({ file, controller });
    try {
      const outcome = await importFile(
        appStore,
        file.name,
        file,
        chosen ? { columns: chosen } : {},
        controller.signal,
      );
      if (outcome.kind === 'loaded') close();
      else if (outcome.kind === 'failed') setStep({ kind: 'choose', error: outcome.message });
      else {
        setMapping({});
        setStep({ kind: 'map', file, headers: outcome.headers, match: outcome.match });
      }
    } catch (error) {
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      setStep({ kind: 'choose', error: cancelled ? `Stopped reading ${file.name}.` : String(error) });
    } finally {
      setReading(null);
    }
  };

  const take = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_DATA_BYTES) {
      setStep({ kind: 'choose', error: `${file.name} is over the ${fileSize(MAX_DATA_BYTES)} limit` });
      return;
    }
    await read(file);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    void take(e.dataTransfer.files[0]);
  };

  if (step.kind === 'map') {
    const { headers, match } = step;
    const asked = match.missing.flatMap((m) => ASK[m]);
    return (
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void read(step.file, { ...match.columns, ...mapping });
        }}
      >
        <p>
          Some columns of {step.file.name} could not be matched by their names. Choose which column holds each
          of these:
        </p>
        {asked.map(([field, label]) => (
          <label key={field} className="mapping-field">
            <span>{label}</span>
            <select
              required
              value={mapping[field] ?? ''}
              onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || null })}
            >
              <option value="">Choose a column…</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
        <div className="import-actions">
          <button type="submit" className="button" disabled={busy}>
            Show these events
          </button>
          <button type="button" className="button" onClick={() => setStep({ kind: 'choose', error: null })}>
            Choose another file
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="import-form drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <p>
        Show your own events from a CSV or GeoJSON file. The file is read in this browser and is not sent
        anywhere. Columns are matched by their names (title, date, latitude, longitude, place, category,
        killed, source, url…); a <a href="./events-template.csv">CSV template</a> and a{' '}
        <a href="./sample-events.csv">sample file</a> show the layout.
      </p>
      <label className="file-field">
        <span>Choose a file, or drop it here</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,.json,.geojson,text/csv,application/json,application/geo+json"
          disabled={busy}
          onChange={(e) => void take(e.target.files?.[0])}
        />
      </label>
      {reading && (
        <div className="import-reading">
          <p role="status">
            Reading {reading.file.name} ({fileSize(reading.file.size)})… A file of 200,000 rows can take half
            a minute.
          </p>
          <button
            ref={cancelButton}
            type="button"
            className="button"
            onClick={() => reading.controller.abort()}
          >
            Stop reading
          </button>
        </div>
      )}
      {step.error && (
        <p className="import-error" role="alert">
          {step.error}
        </p>
      )}
    </div>
  );
}
