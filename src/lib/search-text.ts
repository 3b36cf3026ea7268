/**
 * Accent- and case-insensitive text matching for the search box, with the
 * matches mapped back onto the original text for highlighting.
 *
 * Folding works one code point at a time (compatibility decomposition, lower
 * case, marks removed, a few letters spelled out), so folding a whole string
 * gives the same result as folding its code points one by one and joining
 * them. That is what lets a match in the folded text be mapped back to the
 * original indices.
 */

/** Letters that neither decomposition nor lower-casing take to plain letters. */
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss', // "ẞ" lower-cases to "ß" first
  ı: 'i', // Turkish dotless i
  ς: 'σ', // Greek final sigma: toLowerCase picks it by context, a code point alone never does
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ħ: 'h',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  '\u0640': '', // Arabic tatweel, a stretching stroke with no meaning
};
const SPELLED_RE = /[ßıςøđłħæœþ\u0640]/g;
const MARKS_RE = /\p{M}+/gu;
const NON_ASCII_RE = /[\u0080-\uffff]/;
const ASCII_UPPER_RE = /[A-Z]/;

/**
 * Lower-cases and strips accents and other diacritics, so "Şahin" ~ "sahin",
 * "Mastung" ~ "MASTUNG", "ﬁ" ~ "fi", "İ" ~ "i", "ß" ~ "ss". Arabic and Hebrew
 * lose their vowel marks; scripts without case keep their letters.
 */
export function foldText(text: string): string {
  if (!NON_ASCII_RE.test(text)) return ASCII_UPPER_RE.test(text) ? text.toLowerCase() : text;
  // Decomposing again after lower-casing catches "İ" -> "i̇" and the like.
  return text
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(SPELLED_RE, (c) => SPELLED[c] ?? c);
}

/** The search terms of a query: folded, split on whitespace, empty ones dropped, duplicates removed. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const term of foldText(query).split(/\s+/)) {
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** A base code point with the marks that follow it, or marks with no base at the start. */
const CLUSTER_RE = /\P{M}\p{M}*|\p{M}+/gu;
const clusterCache = new Map<string, string>();

function foldCluster(cluster: string): string {
  let folded = clusterCache.get(cluster);
  if (folded === undefined) {
    folded = foldText(cluster);
    if (clusterCache.size >= 4096) clusterCache.clear();
    clusterCache.set(cluster, folded);
  }
  return folded;
}

/**
 * Ranges [start, end) in the original text (UTF-16 indices) where any term
 * matches, sorted and merged. Terms are folded here too, so raw words work.
 * A range never splits a surrogate pair or a letter from its combining marks:
 * a match that covers part of what one character folds to ("s" in "ß")
 * covers the whole character.
 */
export function highlightRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const folded = terms.map(foldText).filter((t) => t.length > 0);
  if (folded.length === 0 || text.length === 0) return [];

  // For each code unit of the folded text, the original range of the character it came from.
  let haystack: string;
  let from: Int32Array | null = null;
  let to: Int32Array | null = null;
  if (!NON_ASCII_RE.test(text)) {
    haystack = text.toLowerCase();
  } else {
    const parts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (const match of text.matchAll(CLUSTER_RE)) {
      const start = match.index;
      const end = start + match[0].length;
      const part = foldCluster(match[0]);
      parts.push(part);
      for (let k = 0; k < part.length; k++) {
        starts.push(start);
        ends.push(end);
      }
    }
    haystack = parts.join('');
    from = Int32Array.from(starts);
    to = Int32Array.from(ends);
  }

  const ranges: Array<[number, number]> = [];
  for (const term of folded) {
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + 1)) {
      const last = at + term.length - 1;
      ranges.push(from && to ? [from[at]!, to[last]!] : [at, last + 1]);
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [ranges[0]!];
  for (let i = 1; i < ranges.length; i++) {
    const range = ranges[i]!;
    const last = merged[merged.length - 1]!;
    if (range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/**
 * Splits text into parts for rendering as plain text: the UI wraps `match`
 * parts in <mark> as React text, never as HTML. The parts' texts always join
 * back to `text`; with no match there is one part, not a match.
 */
export function highlightParts(
  text: string,
  terms: readonly string[],
): Array<{ text: string; match: boolean }> {
  const ranges = highlightRanges(text, terms);
  if (ranges.length === 0) return [{ text, match: false }];
  const parts: Array<{ text: string; match: boolean }> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
