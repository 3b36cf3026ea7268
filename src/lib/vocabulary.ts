/** The fixed vocabularies of the event schema, without zod, so the map can use them without loading it. */

/** Categories of event. The order is the legend's order. */
export const CATEGORIES = [
  'attack',
  'arrest-operation',
  'legal-act',
  'political-act',
  'agreement',
  'report',
  'aggregate',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How precisely a place is known. `as-given` is a point a file gives without
 * saying how precise it is: shown where the file puts it, claiming nothing more.
 */
export const LOCATION_PRECISIONS = [
  'site',
  'city',
  'district',
  'province',
  'region',
  'country',
  'as-given',
] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const ACTOR_ROLES = ['claimed', 'blamed', 'carried-out', 'party'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** How a flagged claim stands: another party contests it, or only its maker vouches for it. */
export const CLAIM_STATUSES = ['disputed', 'unverified'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The part of an event a claim is about: the whole event, one of its actors, a figure, the date or the place. */
export const CLAIM_SUBJECTS = ['event', 'actor', 'killed', 'wounded', 'date', 'place'] as const;
export type ClaimSubject = (typeof CLAIM_SUBJECTS)[number];
