import { CATEGORY_LABELS } from '../categories';
import { CATEGORIES, type Category } from '../vocabulary';

/** Words other tools use for our categories. A value containing one of them is that category. */
export const CATEGORY_SYNONYMS: Readonly<Record<Category, readonly string[]>> = {
  attack: [
    'attack',
    'bombing',
    'bomb',
    'explosion',
    'blast',
    'shooting',
    'armed assault',
    'assault',
    'assassination',
    'hostage',
    'kidnapping',
    'hijacking',
    'suicide',
    'ambush',
    'massacre',
    'airstrike',
  ],
  'arrest-operation': ['arrest', 'raid', 'operation', 'detention', 'detained', 'capture', 'crackdown'],
  'legal-act': ['ruling', 'court', 'ban', 'law', 'verdict', 'sentence', 'trial', 'sanction', 'designation'],
  'political-act': ['statement', 'meeting', 'visit', 'speech', 'election', 'policy', 'talks', 'diplomacy'],
  agreement: ['treaty', 'deal', 'ceasefire', 'cease fire', 'accord', 'truce', 'pact'],
  report: ['report', 'study', 'survey'],
  aggregate: ['total', 'tally', 'aggregate', 'toll'],
  other: [],
};

/**
 * Our category for a value from a file: by key ("legal-act"), label ("Legal or
 * court act") or synonym ("Bombing/Explosion"), without case. An empty value
 * is Other, as is one we cannot place (then `matched` is false).
 */
export function matchCategory(value: string): { category: Category; matched: boolean } {
  const cached = known.get(value);
  if (cached) return cached;
  const result = lookUp(value);
  if (known.size < 10_000) known.set(value, result);
  return result;
}

/** Answers already given: a file repeats a few categories many times. */
const known = new Map<string, { category: Category; matched: boolean }>();

function lookUp(value: string): { category: Category; matched: boolean } {
  const text = words(value);
  if (text === '') return { category: 'other', matched: true };
  for (const category of CATEGORIES) {
    if (text === words(category) || text === words(englishLabel(category)))
      return { category, matched: true };
  }
  const singular = text
    .split(' ')
    .map((w) => w.replace(/s$/, ''))
    .join(' ');
  const padded = ` ${text} | ${singular} `;
  for (const category of CATEGORIES) {
    if (CATEGORY_SYNONYMS[category].some((s) => padded.includes(` ${s} `)))
      return { category, matched: true };
  }
  return { category: 'other', matched: false };
}

/** A category's name in English, as files written in English name it ("Legal or court act"): the label's source text. */
function englishLabel(category: Category): string {
  const label = CATEGORY_LABELS[category].message;
  return typeof label === 'string' ? label : '';
}

/** "Bombing/Explosion" -> "bombing explosion". */
function words(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
