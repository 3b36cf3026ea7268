import type { Claim } from './event-schema';
import type { ClaimStatus } from './vocabulary';

/** The label a flagged claim carries wherever it is shown: words, never colour alone. */
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  disputed: 'Disputed',
  unverified: 'Unverified',
};

/** "claim by Russian officials, disputed by Ukraine": who says it and, if anyone, who contests it. */
export function claimWho(claim: Claim): string {
  return claim.disputedBy ? `claim by ${claim.by}, disputed by ${claim.disputedBy}` : `claim by ${claim.by}`;
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
      lines.push({ status, label: CLAIM_STATUS_LABELS[status], text: these.map(claimWho).join('; ') });
    }
  }
  return lines;
}

/** What part of the event a claim is about, for the details: "about the number killed". Empty for the whole event. */
export function claimSubject(claim: Claim): string {
  switch (claim.about) {
    case 'actor':
      // A group claiming an attack makes a claim about itself.
      return claim.actor === claim.by ? 'about itself' : `about ${claim.actor ?? 'an actor'}`;
    case 'killed':
      return 'about the number killed';
    case 'wounded':
      return 'about the number wounded';
    case 'date':
      return 'about the date';
    case 'place':
      return 'about the place';
    case 'event':
      return '';
  }
}
