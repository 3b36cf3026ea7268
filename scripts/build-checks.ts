/**
 * What the build checks the bundled events and the example lesson with (see `buildChecks` in
 * vite.config.ts), in English.
 */
import { activateEnglish } from '../src/lib/i18n/activate';

activateEnglish();

export { checkedDatasetText } from '../src/lib/checked-dataset';
export { parseDataset } from '../src/lib/parse-dataset';
export { splitTranslations, translationsText } from '../src/lib/checked-translations';
export { lessonIssueText, parseLesson } from '../src/lib/lesson';
