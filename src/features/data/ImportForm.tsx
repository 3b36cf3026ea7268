import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { ColumnMatch } from '../../lib/import/columns';
import { fileSize } from '../../lib/file-size';
import type { MappingQuestions, ReadOptions } from '../../lib/import/read-options';
import type { ImportReport } from '../../lib/import/types';
import { appStore } from '../../store/app-store';
import type { ImportSource } from '../../store/data-slice';
import { fetchData, MAX_DATA_BYTES } from './fetch-text';
import { ImportReportView } from './ImportReportView';
import { importFile } from './import-file';
import { MappingStep } from './MappingStep';
import { openLessonFile } from './open-lesson-file';
import './import.css';

/** A file being read: its name, where it came from, and what the reader chose for it. */
interface Reading {
  readonly name: string;
  readonly source: ImportSource;
}

/** Above this size the reader is told that reading may take a while (about 20,000 rows of CSV). */
const LARGE_FILE_BYTES = 5 * 1024 * 1024;
/** The rows of the largest file, in what the reader is told: reading them takes about half a minute. */
const SLOW_ROWS = 200_000;

type Step =
  | { kind: 'choose'; error: string | null; failed?: { reading: Reading; report: ImportReport } }
  | {
      kind: 'map';
      reading: Reading;
      headers: string[];
      examples: readonly string[];
      match: ColumnMatch;
      questions: MappingQuestions;
    };

/**
 * Pick or drop a CSV or GeoJSON file; it is read in the browser and never
 * sent anywhere. Columns are checked, and chosen where they cannot be matched
 * by name, in the mapping step. Opened on a file waiting for its columns (see
 * `requestImport`), it starts at that file's mapping step.
 */
export function ImportForm({ close }: { close: () => void }) {
  const { t } = useLingui();
  const limit = fileSize(MAX_DATA_BYTES);
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null });
  /** The file being read, and the way to stop reading it. */
  const [busy, setBusy] = useState<{ reading: Reading; size: number; controller: AbortController } | null>(
    null,
  );
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(
    function focusCancel() {
      if (busy) cancelButton.current?.focus();
    },
    [busy],
  );
  // Closing the dialog stops a reading still under way.
  useEffect(() => () => busy?.controller.abort(), [busy]);

  const read = async (reading: Reading, options: ReadOptions) => {
    const controller = new AbortController();
    const { input } = reading.source;
    setBusy({ reading, size: input instanceof Blob ? input.size : input.bytes.byteLength, controller });
    try {
      const outcome = await importFile(appStore, reading.name, reading.source, options, controller.signal);
      if (outcome.kind === 'loaded') close();
      else if (outcome.kind === 'failed') {
        const failed = outcome.report ? { reading, report: outcome.report } : undefined;
        setStep({ kind: 'choose', error: outcome.message, failed });
      } else {
        const { headers, examples, match, questions } = outcome;
        setStep({ kind: 'map', reading, headers, examples, match, questions });
      }
    } catch (error) {
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      const { name } = reading;
      setStep({ kind: 'choose', error: cancelled ? t`Stopped reading ${name}.` : String(error) });
    } finally {
      setBusy(null);
    }
  };

  useEffect(function takeRequest() {
    const { importRequest, importRequestTaken } = appStore.getState();
    if (!importRequest) return;
    importRequestTaken();
    const { name, source, options } = importRequest;
    // Read after this render, as any answer from outside the component is.
    void Promise.resolve().then(() => read({ name, source }, { ...options, review: true }));
    // Once, on opening: a later request opens the dialog afresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const take = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_DATA_BYTES) {
      const { name } = file;
      setStep({ kind: 'choose', error: t`${name} is over the ${limit} limit` });
      return;
    }
    // A lesson file plays; anything else is read as events.
    const lesson = await openLessonFile(file);
    if (lesson === 'opened') return close();
    if (lesson !== 'not-a-lesson') return setStep({ kind: 'choose', error: lesson.problems });
    await read({ name: file.name, source: { kind: 'file', input: file } }, {});
  };

  // The sample shipped with the app, read as a data link: a shared link shows it too.
  const trySample = async () => {
    const url = new URL('sample-events.csv', document.baseURI).toString();
    try {
      const input = await fetchData(url);
      await read({ name: 'sample-events.csv', source: { kind: 'url', url, input } }, {});
    } catch (error) {
      const reason = String(error);
      setStep({ kind: 'choose', error: t`The sample could not be loaded: ${reason}` });
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    void take(e.dataTransfer.files[0]);
  };

  const file = busy?.reading.name;
  const size = busy && fileSize(busy.size);
  const rows = SLOW_ROWS;
  const reading = busy && (
    <div className="import-reading">
      <p role="status">
        <Trans>
          Reading <bdi>{file}</bdi> ({size})…
        </Trans>
        {busy.size > LARGE_FILE_BYTES &&
          ` ${t({
            message: plural(rows, {
              one: 'A file of # row can take half a minute.',
              other: 'A file of # rows can take half a minute.',
            }),
          })}`}
      </p>
      <button ref={cancelButton} type="button" className="button" onClick={() => busy.controller.abort()}>
        <Trans>Stop reading</Trans>
      </button>
    </div>
  );

  if (step.kind === 'map') {
    return (
      <>
        <MappingStep
          key={step.reading.name}
          name={step.reading.name}
          headers={step.headers}
          examples={step.examples}
          match={step.match}
          questions={step.questions}
          busy={busy !== null}
          read={(options) => void read(step.reading, options)}
          chooseAnother={() => setStep({ kind: 'choose', error: null })}
        />
        {reading}
      </>
    );
  }

  return (
    <>
      <div className="import-form drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <p>
          <Trans comment="The words in brackets are column names as the CSV template writes them: keep them as they are">
            Show your own events from a CSV or GeoJSON file. The file is read in this browser and is not sent
            anywhere. Columns are matched by their names (title, date, latitude, longitude, place, country,
            category, killed, source, url…) and you can check or change how each is read; a{' '}
            <a href="./events-template.csv">CSV template</a> and a{' '}
            <a href="./sample-events.csv">sample file</a> (downloads) show the layout.
          </Trans>
        </p>
        <p className="sample-row">
          <button type="button" className="button" disabled={busy !== null} onClick={() => void trySample()}>
            <Trans>Try the sample data</Trans>
          </button>
          <span className="muted">
            <Trans comment="Beside the button 'Try the sample data'">a few events, to see how it works</Trans>
          </span>
        </p>
        <label className="file-field drop-target">
          {/* Plain strings, not <Trans>: the label's text where the accessibility check finds it. */}
          <span>{t`Choose a file, or drop it here`}</span>
          <span className="muted drop-hint">{t`CSV or GeoJSON, up to ${limit}`}</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,.json,.geojson,text/csv,application/json,application/geo+json"
            disabled={busy !== null}
            onChange={(e) => void take(e.target.files?.[0])}
          />
        </label>
        <p className="muted">
          <Trans>A lesson file, downloaded from the Lesson panel, opens here too, and plays.</Trans>
        </p>
        {reading}
        {step.error && (
          <p className="import-error" role="alert">
            {step.error}
          </p>
        )}
      </div>
      {step.failed && (
        <ImportReportView
          name={step.failed.reading.name}
          report={step.failed.report}
          review={() => step.failed && void read(step.failed.reading, { review: true })}
        />
      )}
    </>
  );
}
