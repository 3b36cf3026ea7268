// Fails when the interface's catalogues and its code disagree: a message in the code that a
// catalogue lacks (run `npm run messages`), a catalogue entry the code no longer has, a language
// with an untranslated message, or a translation that breaks the message (ICU syntax, or
// placeholders and tags other than the English ones). Part of `npm test` (`npm run lint`).
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';

const config = getConfig();
const problems = [];

/** The placeholders, plural/select arguments and tags a message uses: a translation must use the same. */
function names(message) {
  const found = new Set();
  const walk = (tokens) => {
    for (const token of Array.isArray(tokens) ? tokens : [tokens]) {
      if (typeof token === 'string') {
        for (const tag of token.matchAll(/<\/?(\d+)\/?>/g)) found.add(`<${tag[1]}>`);
        continue;
      }
      const [name, , format] = token;
      found.add(`{${name}}`);
      if (format && typeof format === 'object')
        for (const [key, choice] of Object.entries(format)) if (key !== 'offset') walk(choice);
    }
  };
  walk(compileMessageOrThrow(message));
  return [...found].sort().join(' ');
}

for (const catalog of await getCatalogs(config)) {
  const inCode = (await catalog.collect()) ?? {};
  for (const locale of config.locales) {
    const entries = (await catalog.read(locale)) ?? {};
    const file = catalog.getFilename(locale);
    for (const [id, { message }] of Object.entries(inCode)) {
      const entry = entries[id];
      const english = message ?? id;
      if (!entry) {
        problems.push(`${file}: lacks "${english}" (run npm run messages)`);
        continue;
      }
      if (locale === config.sourceLocale) continue;
      if (!entry.translation) {
        problems.push(`${file}: "${english}" is not translated`);
        continue;
      }
      try {
        const want = names(english);
        const got = names(entry.translation);
        if (want !== got)
          problems.push(
            `${file}: "${entry.translation}" uses ${got || 'nothing'}, the English "${english}" ${want || 'nothing'}`,
          );
      } catch (error) {
        problems.push(`${file}: "${entry.translation}" is not a valid message: ${error.message}`);
      }
    }
    for (const [id, entry] of Object.entries(entries))
      if (!(id in inCode) && !entry.obsolete)
        problems.push(`${file}: "${entry.message ?? id}" is no longer in the code (run npm run messages)`);
  }
}

if (problems.length > 0) {
  console.error(`The interface's catalogues and its code disagree (${problems.length}):`);
  for (const problem of problems.slice(0, 60)) console.error(`  ${problem}`);
  if (problems.length > 60) console.error(`  ... and ${problems.length - 60} more`);
  process.exit(1);
}
console.log(
  `Messages: every message of the code is in each of ${config.locales.length} catalogues, translated.`,
);
