import { t } from '@lingui/core/macro';
import type { Claim } from '../event-schema';
import { CLAIM_STATUSES, CLAIM_SUBJECTS, type ClaimStatus, type ClaimSubject } from '../vocabulary';
import { shortened, type CellReader } from './cells';
import type { ColumnMapping, Field } from './columns';
import { capText, cellText, cleanText } from './text';
import type { Note } from './types';
import { plainNumber } from './wording';

/** As the schema allows: a note is one short paragraph. */
const NOTE_CAP = 300;

/**
 * The row's flagged claims. A row may flag several: each claim column then
 * holds one line per claim, line 1 of every column making the first claim
 * (the CSV export writes them so). A line with no status is no claim. A claim
 * missing who makes it, the note, its source or, when disputed, who disputes
 * it is left out with a note; its source defaults to the row's source.
 */
export function readClaims(
  record: Record<string, unknown>,
  columns: ColumnMapping,
  cell: CellReader,
  rowSource: string,
  notes: Note[],
): Claim[] {
  const linesOf = (field: Field): string[] => {
    const column = columns[field];
    if (column === null || !Object.hasOwn(record, column)) return [];
    const text = cellText(record[column]);
    if (text === null) {
      // Not text: the cell reader notes it.
      cell(field);
      return [];
    }
    // Split before cleaning, so an empty line keeps its place.
    return text.split(/\r\n?|\n|[\u2028\u2029]/).map((line) => cleanText(line));
  };
  const statuses = linesOf('claimStatus');
  const about = linesOf('claimAbout');
  const actors = linesOf('claimActor');
  const by = linesOf('claimBy');
  const disputedBy = linesOf('disputedBy');
  const claimNotes = linesOf('claimNote');
  const sources = linesOf('claimSource');

  const claims: Claim[] = [];
  const several = statuses.filter(Boolean).length > 1;
  statuses.forEach((statusText, i) => {
    if (statusText === '') return;
    // With several claims in the row, each note names the line of the cells it is about.
    const line = i + 1;
    const say = (field: Field, problem: string, fix: string) =>
      notes.push({ field, column: columns[field], problem, fix });

    const status = statusText.toLowerCase();
    if (!isStatus(status)) {
      const value = shortened(statusText);
      say(
        'claimStatus',
        several
          ? t`"${value}" is not a claim status; the claim was left out (line ${line})`
          : t`"${value}" is not a claim status; the claim was left out`,
        writeStatus(),
      );
      return;
    }
    const actor = actors[i] ?? '';
    const subject = readSubject(about[i] ?? '', actor, say, several ? line : null);
    const maker = by[i] ?? '';
    const disputer = status === 'disputed' ? (disputedBy[i] ?? '') : '';
    const source = sources[i] || rowSource;
    const { text: note, cut } = capText(claimNotes[i] ?? '', NOTE_CAP);
    if (cut) {
      const limit = plainNumber(NOTE_CAP);
      say(
        'claimNote',
        several
          ? t`is longer than the ${limit} characters we keep (line ${line})`
          : t`is longer than the ${limit} characters we keep`,
        t`Shorten the note`,
      );
    }

    const missing: Field[] = [];
    if (!maker) missing.push('claimBy');
    if (status === 'disputed' && !disputer) missing.push('disputedBy');
    if (!note) missing.push('claimNote');
    if (!source) missing.push('claimSource');
    if (missing.length > 0) {
      const names = missing.map((f) => columns[f] ?? f).join(', ');
      say(missing[0]!, emptyFor(status, several ? line : null), t`Fill in ${names}`);
      return;
    }
    if (status === 'unverified' && disputedBy[i]) {
      say(
        'disputedBy',
        several
          ? t`is given for an unverified claim; left out (line ${line})`
          : t`is given for an unverified claim; left out`,
        t`Mark the claim disputed, or clear it`,
      );
    }
    claims.push({
      status,
      about: subject,
      ...(subject === 'actor' ? { actor } : {}),
      by: maker,
      ...(disputer ? { disputedBy: disputer } : {}),
      note,
      source,
    });
  });
  return claims;
}

/** What to write in a claim status column; the values are the file's, not translated. */
function writeStatus(): string {
  const [disputed, unverified] = CLAIM_STATUSES;
  return t({
    comment: 'The two values are written in the reader’s file as they are, in English',
    message: `Write ${disputed} or ${unverified}`,
  });
}

/** A claim left out for an empty field, said of the field; `line` with several claims in the row. */
function emptyFor(status: ClaimStatus, line: number | null): string {
  if (status === 'disputed') {
    return line === null
      ? t`is empty; the disputed claim was left out`
      : t`is empty; the disputed claim was left out (line ${line})`;
  }
  return line === null
    ? t`is empty; the unverified claim was left out`
    : t`is empty; the unverified claim was left out (line ${line})`;
}

/** The claim's subject as written; with none, "actor" when an actor is named, else the whole event. */
function readSubject(
  text: string,
  actor: string,
  say: (field: Field, problem: string, fix: string) => void,
  line: number | null,
): ClaimSubject {
  const written = text.toLowerCase();
  const subject = isSubject(written) ? written : actor ? 'actor' : 'event';
  if (text && !isSubject(written)) {
    const value = shortened(text);
    const subjects = CLAIM_SUBJECTS.join(', ');
    say(
      'claimAbout',
      line === null
        ? t({
            comment: '{subject} is a value written in the reader’s file as it is, in English',
            message: `"${value}" is not a part of an event; read as ${subject}`,
          })
        : t({
            comment: '{subject} is a value written in the reader’s file as it is, in English',
            message: `"${value}" is not a part of an event; read as ${subject} (line ${line})`,
          }),
      t({
        comment: 'The values are written in the reader’s file as they are, in English',
        message: `Use one of: ${subjects}`,
      }),
    );
  }
  if (subject === 'actor' && !actor) {
    say(
      'claimActor',
      line === null
        ? t`is empty for a claim about an actor; taken as about the whole event`
        : t`is empty for a claim about an actor; taken as about the whole event (line ${line})`,
      t`Name the actor`,
    );
    return 'event';
  }
  if (subject !== 'actor' && actor) {
    const about = claimAbout(subject);
    const value = 'actor';
    say(
      'claimActor',
      line === null
        ? t`is given for a claim about ${about}; left out`
        : t`is given for a claim about ${about}; left out (line ${line})`,
      t({
        comment: 'The quoted value is written in the reader’s file as it is, in English',
        message: `Give "${value}" as what the claim is about`,
      }),
    );
  }
  return subject;
}

/** What a claim is about, after "a claim about": "the event", "the date". */
function claimAbout(subject: Exclude<ClaimSubject, 'actor'>): string {
  switch (subject) {
    case 'event':
      return t({
        comment: 'What a claim is about: "is given for a claim about the event"',
        message: 'the event',
      });
    case 'killed':
      return t({ comment: 'What a claim is about: the number of people killed', message: 'the killed' });
    case 'wounded':
      return t({ comment: 'What a claim is about: the number of people wounded', message: 'the wounded' });
    case 'date':
      return t({
        comment: 'What a claim is about: "is given for a claim about the date"',
        message: 'the date',
      });
    case 'place':
      return t({
        comment: 'What a claim is about: "is given for a claim about the place"',
        message: 'the place',
      });
  }
}

function isStatus(text: string): text is ClaimStatus {
  return (CLAIM_STATUSES as readonly string[]).includes(text);
}

function isSubject(text: string): text is ClaimSubject {
  return (CLAIM_SUBJECTS as readonly string[]).includes(text);
}
