/**
 * ISO 3166-1 numeric codes (the ids of the country outlines) to alpha-2, made at build time (see
 * countryCodes in vite.config.ts): for checking a file's countries, and for writing the map's country
 * names in the reader's language (country-names.ts). Loaded by both, so a chunk of its own, which this
 * module gives a plain name (a virtual module's would start with "_", which some static hosts skip).
 */
import codes from 'virtual:country-codes';

export default codes;
