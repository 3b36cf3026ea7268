/** What the build checks the example lesson with (see `exampleLesson` in vite.config.ts), in English. */
import { activateEnglish } from '../src/lib/i18n/activate';

activateEnglish();

export { lessonIssueText, parseLesson } from '../src/lib/lesson';
