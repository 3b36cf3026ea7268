/**
 * The rows of the places the map names (see lib/reference-places.ts), loaded
 * with the outlines: a module of its own so that its chunk has a plain name
 * (a virtual module's would start with "_", which some static hosts skip).
 */
export { default } from 'virtual:reference-places';
