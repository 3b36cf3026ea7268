import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ActorRole, Category, LocationPrecision } from './vocabulary';

/** Each category's name, in the legend, the filters, the list and the details: `i18n._(CATEGORY_LABELS[c])`. */
export const CATEGORY_LABELS: Record<Category, MessageDescriptor> = {
  attack: msg({
    comment: 'A category of event (a noun), in the legend, filters and details',
    message: 'Attack',
  }),
  'arrest-operation': msg({ comment: 'A category of event', message: 'Arrest or operation' }),
  'legal-act': msg({ comment: 'A category of event', message: 'Legal or court act' }),
  'political-act': msg({ comment: 'A category of event', message: 'Political or diplomatic act' }),
  agreement: msg({ comment: 'A category of event (a noun)', message: 'Agreement' }),
  report: msg({ comment: 'A category of event (a noun: a published report)', message: 'Report' }),
  aggregate: msg({
    comment: 'A category of event: a figure that sums up many events',
    message: 'Aggregate figure',
  }),
  other: msg({ comment: 'A category of event: any event of none of the other categories', message: 'Other' }),
};

/** What each role says of an actor, before the actor's name in the details ("Claimed by" IS-K). */
export const ROLE_LABELS: Record<ActorRole, MessageDescriptor> = {
  claimed: msg({
    comment: "A role in an event's details, followed by the names of the groups that claimed it",
    message: 'Claimed by',
  }),
  blamed: msg({
    comment: "A role in an event's details, followed by the names of those officials blamed for it",
    message: 'Blamed by officials on',
  }),
  'carried-out': msg({
    comment: "A role in an event's details, followed by the names of those who carried it out",
    message: 'Carried out by',
  }),
  party: msg({
    comment:
      "A role in an event's details, followed by the names of the parties to it (to an agreement, a case)",
    message: 'Party',
  }),
};

/** How precisely a place is known, in brackets after its name in the details: "Quetta (city or town)". */
export const LOCATION_PRECISION_LABELS: Record<LocationPrecision, MessageDescriptor> = {
  site: msg({
    comment: "How precisely an event's place is known, in brackets after its name",
    message: 'exact site',
  }),
  city: msg({
    comment: "How precisely an event's place is known, in brackets after its name",
    message: 'city or town',
  }),
  district: msg({
    comment: "How precisely an event's place is known, in brackets after its name",
    message: 'district',
  }),
  province: msg({
    comment: "How precisely an event's place is known, in brackets after its name",
    message: 'province',
  }),
  region: msg({
    comment: "How precisely an event's place is known, in brackets after its name",
    message: 'region',
  }),
  country: msg({
    comment: "How precisely an event's place is known, in brackets after its name",
    message: 'country only',
  }),
  'as-given': msg({
    comment:
      "How precisely an event's place is known, in brackets after its name: the file gave a point and did not say",
    message: 'coordinates as given in the file',
  }),
};

/**
 * A place is precise when it is known at least to the town. A point a file
 * gives without its precision counts as precise: a dashed ring would say the
 * place is known only vaguely, which the file does not say either, and the
 * marker stands exactly where the file puts it; its details say "coordinates
 * as given in the file", never "exact site".
 */
export function isPlacePrecise(precision: LocationPrecision): boolean {
  return precision === 'site' || precision === 'city' || precision === 'as-given';
}
