import fc from 'fast-check';
import { activateEnglish } from './lib/i18n/activate';

/**
 * Every property test draws its cases from one seed per run. A failure prints
 * the seed and path that found it (fast-check's report); `FC_SEED=<seed>
 * npm run test:unit` repeats a whole run's cases. Without FC_SEED each run
 * draws new ones, so the properties keep looking where earlier runs did not.
 */
const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  const value = Number(seed);
  if (!Number.isSafeInteger(value)) throw new Error(`FC_SEED must be a whole number, not "${seed}"`);
  fc.configureGlobal({ seed: value });
}

// The interface speaks English in tests, as it does by default (tests of other languages activate their own).
activateEnglish();
