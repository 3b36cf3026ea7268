import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
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

/** What part of the event a claim is about, for the details: "about the number killed". Empty for the whole event. */
export function claimSubject(claim: Claim): string {
  switch (claim.about) {
    case 'actor': {
      // A group claiming an attack makes a claim about itself.
      if (claim.actor === claim.by)
        return t({
          comment: 'After "claim by {by}": the group makes the claim about itself',
          message: 'about itself',
        });
      const actor = claim.actor;
      return actor === undefined
        ? t({ comment: 'After "claim by {by}": what the claim is about', message: 'about an actor' })
        : t({ comment: 'After "claim by {by}": the actor the claim is about', message: `about ${actor}` });
    }
    case 'killed':
      return t({
        comment: 'After "claim by {by}": what the claim is about',
        message: 'about the number killed',
      });
    case 'wounded':
      return t({
        comment: 'After "claim by {by}": what the claim is about',
        message: 'about the number wounded',
      });
    case 'date':
      return t({ comment: 'After "claim by {by}": what the claim is about', message: 'about the date' });
    case 'place':
      return t({ comment: 'After "claim by {by}": what the claim is about', message: 'about the place' });
    case 'event':
      return '';
  }
}
