/** The form of a tag our schema takes: a language of two or three letters, then subtags ("ur", "fa-AF"). */
const TAG_FORM = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/**
 * A BCP 47 language tag as a file writes it, in the case `Intl.getCanonicalLocales`
 * gives it: "UR" is "ur", "fa-af" is "fa-AF", "ur_PK" (as spreadsheets often
 * write it) is "ur-PK". Null for anything that is not a tag: "Urdu", "xx-???", "".
 */
export function canonicalTag(text: string): string | null {
  const written = text.trim().replace(/_/g, '-');
  if (!TAG_FORM.test(written)) return null;
  try {
    const [tag] = Intl.getCanonicalLocales(written);
    return tag !== undefined && TAG_FORM.test(tag) ? tag : null;
  } catch {
    return null;
  }
}
