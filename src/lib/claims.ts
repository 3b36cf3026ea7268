import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, select, t } from '@lingui/core/macro';
import type { Claim } from './event-schema';
import type { ClaimStatus } from './vocabulary';

/** The label a flagged claim carries wherever it is shown: words, never colour alone. `i18n._(CLAIM_STATUS_LABELS[s])`. */
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, MessageDescriptor> = {
  disputed: msg({
    comment: 'The label of a claim another party contests, before who makes it: "Disputed claim by …"',
    message: 'Disputed',
  }),
  unverified: msg({
    comment: 'The label of a claim only its maker vouches for, before who makes it: "Unverified claim by …"',
    message: 'Unverified',
  }),
};

/** "claim by Russian officials, disputed by Ukraine": who says it and, if anyone, who contests it. */
export function claimWho(claim: Claim): string {
  const { by, disputedBy } = claim;
  return disputedBy
    ? t({
        comment: 'After the label "Disputed": who makes a claim and who contests it',
        message: `claim by ${by}, disputed by ${disputedBy}`,
      })
    : t({
        comment: 'After the label "Disputed" or "Unverified": who makes a claim',
        message: `claim by ${by}`,
      });
}

/** One line of the event list: the status label, then who makes each claim of that status. */
export interface ClaimLine {
  readonly status: ClaimStatus;
  readonly label: string;
  /** "claim by Islamic State (IS); claim by US officials" */
  readonly text: string;
}

/** One line per status, disputed first, for the event list; read aloud as "Unverified claim by …". */
export function claimLines(claims: readonly Claim[] | undefined): ClaimLine[] {
  if (!claims) return [];
  const lines: ClaimLine[] = [];
  // CLAIM_STATUSES's order, written out: importing it here costs the first chunk ~150 bytes gzipped.
  for (const status of ['disputed', 'unverified'] as const) {
    const these = claims.filter((c) => c.status === status);
    if (these.length > 0) {
      lines.push({
        status,
        label: i18n._(CLAIM_STATUS_LABELS[status]),
        text: these.map(claimWho).join('; '),
      });
    }
  }
  return lines;
}

/** What a claim is about, for its sentence: `itself` for a group's claim about itself (an attack it claims). */
function subjectOf(claim: Claim): string {
  return claim.about === 'actor' && claim.actor === claim.by ? 'itself' : claim.about;
}

/**
 * The sentence of a claim in the details, after its label ("Disputed", "Unverified"): who makes it,
 * what part of the event it is about, and who contests it, as one message a translator can order:
 * "claim by officials about the number killed, disputed by a hospital".
 */
export function claimSentence(claim: Claim): string {
  const { by, disputedBy } = claim;
  const actor = claim.actor ?? '';
  const about = subjectOf(claim);
  return disputedBy === undefined
    ? t({
        comment:
          'After the label "Unverified": who makes a claim and what part of the event it is about (an actor, the number killed...); "itself" when a group claims its own attack; "other" is about the whole event',
        message: select(about, {
          itself: `claim by ${by} about itself`,
          actor: `claim by ${by} about ${actor}`,
          killed: `claim by ${by} about the number killed`,
          wounded: `claim by ${by} about the number wounded`,
          date: `claim by ${by} about the date`,
          place: `claim by ${by} about the place`,
          other: `claim by ${by}`,
        }),
      })
    : t({
        comment:
          'After the label "Disputed": who makes a claim, what part of the event it is about (an actor, the number killed...), and who contests it; "other" is about the whole event',
        message: select(about, {
          itself: `claim by ${by} about itself, disputed by ${disputedBy}`,
          actor: `claim by ${by} about ${actor}, disputed by ${disputedBy}`,
          killed: `claim by ${by} about the number killed, disputed by ${disputedBy}`,
          wounded: `claim by ${by} about the number wounded, disputed by ${disputedBy}`,
          date: `claim by ${by} about the date, disputed by ${disputedBy}`,
          place: `claim by ${by} about the place, disputed by ${disputedBy}`,
          other: `claim by ${by}, disputed by ${disputedBy}`,
        }),
      });
}
