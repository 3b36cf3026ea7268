import { addressWithout } from '../../lib/address';

/** This page without `?data=`: the bundled events, with the rest of the view kept. */
export function withoutDataParam(): string {
  return addressWithout(window.location.search, window.location.pathname, ['data']);
}
