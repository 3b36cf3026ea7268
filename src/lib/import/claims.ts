import type { Claim } from '../event-schema';
import { CLAIM_STATUSES, CLAIM_SUBJECTS, type ClaimStatus, type ClaimSubject } from '../vocabulary';
import { quoted, type CellReader } from './cells';
import type { ColumnMapping, Field } from './columns';
import { capText, cellText, cleanText } from './text';
import type { Note } from './types';

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
  statuses.forEach((statusText, i) => {
    if (statusText === '') return;
    const line = statuses.filter(Boolean).length > 1 ? ` (line ${i + 1})` : '';
    const say = (field: Field, problem: string, fix: string) =>
      notes.push({ field, column: columns[field], problem: `${problem}${line}`, fix });

    const status = statusText.toLowerCase();
    if (!isStatus(status)) {
      say(
        'claimStatus',
        `${quoted(statusText)} is not a claim status; the claim was left out`,
        'Write disputed or unverified',
      );
      return;
    }
    const actor = actors[i] ?? '';
    const subject = readSubject(about[i] ?? '', actor, say);
    const maker = by[i] ?? '';
    const disputer = status === 'disputed' ? (disputedBy[i] ?? '') : '';
    const source = sources[i] || rowSource;
    const { text: note, cut } = capText(claimNotes[i] ?? '', NOTE_CAP);
    if (cut) {
      say('claimNote', `is longer than the ${NOTE_CAP} characters we keep`, 'Shorten the note');
    }

    const missing: Field[] = [];
    if (!maker) missing.push('claimBy');
    if (status === 'disputed' && !disputer) missing.push('disputedBy');
    if (!note) missing.push('claimNote');
    if (!source) missing.push('claimSource');
    if (missing.length > 0) {
      const names = missing.map((f) => columns[f] ?? f).join(', ');
      say(missing[0]!, `is empty; the ${status} claim was left out`, `Fill in ${names}`);
      return;
    }
    if (status === 'unverified' && disputedBy[i]) {
      say('disputedBy', 'is given for an unverified claim; left out', 'Mark the claim disputed, or clear it');
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

/** The claim's subject as written; with none, "actor" when an actor is named, else the whole event. */
function readSubject(
  text: string,
  actor: string,
  say: (field: Field, problem: string, fix: string) => void,
): ClaimSubject {
  const written = text.toLowerCase();
  const subject = isSubject(written) ? written : actor ? 'actor' : 'event';
  if (text && !isSubject(written)) {
    say(
      'claimAbout',
      `${quoted(text)} is not a part of an event; read as ${subject}`,
      `Use one of: ${CLAIM_SUBJECTS.join(', ')}`,
    );
  }
  if (subject === 'actor' && !actor) {
    say(
      'claimActor',
      'is empty for a claim about an actor; taken as about the whole event',
      'Name the actor',
    );
    return 'event';
  }
  if (subject !== 'actor' && actor) {
    say(
      'claimActor',
      `is given for a claim about the ${subject}; left out`,
      'Give "actor" as what the claim is about',
    );
  }
  return subject;
}

function isStatus(text: string): text is ClaimStatus {
  return (CLAIM_STATUSES as readonly string[]).includes(text);
}

function isSubject(text: string): text is ClaimSubject {
  return (CLAIM_SUBJECTS as readonly string[]).includes(text);
}
