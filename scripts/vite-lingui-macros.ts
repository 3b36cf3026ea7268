import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformAsync, types as t, type PluginObj } from '@babel/core';
import linguiMacro from '@lingui/babel-plugin-lingui-macro';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import pseudolocale from 'pseudolocale';
import type { Plugin, Rollup } from 'vite';

/** Files that use Lingui's macros (`t`, `msg`, `plural`, `<Trans>`...): only these go through Babel. */
const USES_MACROS = /from\s+['"]@lingui\/(core|react)\/macro['"]/;

/** The English message as Lingui's runtime reads a compiled one: a plain text stays a string. */
function compiled(message: string): t.Expression {
  const tokens = compileMessage(message);
  if (tokens.length === 1 && typeof tokens[0] === 'string') return t.stringLiteral(tokens[0]);
  if (tokens.length === 0) return t.stringLiteral('');
  return t.valueToNode(tokens);
}

/**
 * English is the source language, written in the code: after the macros, each message is compiled
 * here, at build time, as `lingui compile` compiles a catalogue. The runtime then shows English with
 * no catalogue and no message parser, and each text stays in the chunk that uses it. A translation,
 * where the reader's language has one, replaces it (see src/lib/i18n/activate.ts).
 */
const compileSourceMessages: PluginObj = {
  visitor: {
    Program: {
      exit(program) {
        program.traverse({
          ObjectProperty(path) {
            const { key, value } = path.node;
            if (!t.isIdentifier(key, { name: 'message' }) || !t.isStringLiteral(value)) return;
            const owner = path.parentPath.node;
            const hasId =
              t.isObjectExpression(owner) &&
              owner.properties.some((p) => t.isObjectProperty(p) && t.isIdentifier(p.key, { name: 'id' }));
            if (hasId) path.node.value = compiled(value.value);
          },
          JSXAttribute(path) {
            const { name, value } = path.node;
            if (!t.isJSXIdentifier(name, { name: 'message' }) || !t.isStringLiteral(value)) return;
            const hasId =
              t.isJSXOpeningElement(path.parent) &&
              path.parent.attributes.some(
                (a) => t.isJSXAttribute(a) && t.isJSXIdentifier(a.name, { name: 'id' }),
              );
            if (hasId) path.node.value = t.jsxExpressionContainer(compiled(value.value));
          },
        });
      },
    },
  },
};

/**
 * Turns Lingui's macros into calls of its runtime, before the React plugin compiles the file.
 * `@vitejs/plugin-react` 6 no longer runs Babel, and `@rolldown/plugin-babel` needs Node 22, so this
 * runs `@babel/core` with Lingui's own macro plugin, parsing TypeScript and JSX and leaving them as
 * they are for the next step. The extractor (`lingui extract`) reads the same macros.
 */
export function linguiMacros(): Plugin {
  return {
    name: 'wherewhen-lingui-macros',
    enforce: 'pre',
    buildStart: pruneCache,
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.[cm]?[jt]sx?$/.test(file) || file.includes('/node_modules/') || !USES_MACROS.test(code))
        return null;
      // Lingui's macros keep translators' comments unless NODE_ENV is production as they run (a build's
      // checks run theirs outside it): the output depends on it, so the key does.
      const key = digest(`${SALT}\0${process.env.NODE_ENV ?? ''}\0${file}\0${code}`);
      const kept = recall(key);
      if (kept) return kept;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        // A `.ts` file is parsed without JSX, where `<T>(x) => x` is a generic, not a tag.
        parserOpts: { plugins: file.endsWith('x') ? ['typescript', 'jsx'] : ['typescript'] },
        plugins: [[linguiMacro, { stripMessageField: false }], compileSourceMessages],
      });
      if (!result?.code) return null;
      return keep(key, { code: result.code, map: result.map as Rollup.SourceMapInput });
    },
  };
}

/**
 * Babel is most of a build's time, and a build turns the same files the same way as the last (the
 * end-to-end tests' second build, with tiles, turns every file the first did; and within one build,
 * the build's checks load many of the app's files again). So each file's output is kept, in memory
 * and in node_modules/.cache, under a hash of its path and text and of everything else the output
 * depends on: NODE_ENV, this file, Lingui's config, and what npm installed (the versions of Babel
 * and of Lingui).
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'wherewhen-lingui-macros');
const SALT = digest(
  [
    'scripts/vite-lingui-macros.ts',
    'lingui.config.ts',
    // What npm installed, Babel and Lingui among it (a tree without npm's record names Babel's and the macro's own versions).
    'node_modules/.package-lock.json',
    'node_modules/@babel/core/package.json',
    'node_modules/@lingui/babel-plugin-lingui-macro/package.json',
  ]
    .map((file) => {
      try {
        return readFileSync(join(ROOT, file), 'utf8');
      } catch {
        return '';
      }
    })
    .join('\0'),
);

/** Outputs for files since changed stay behind: past a few builds' worth of them, the cache starts afresh. */
const CACHE_FILES = 2000;
let pruned = false;
function pruneCache() {
  if (pruned) return;
  pruned = true;
  try {
    if (readdirSync(CACHE).length > CACHE_FILES) rmSync(CACHE, { recursive: true, force: true });
  } catch {
    // No cache yet.
  }
}

/** What names a kept output: the inputs it depends on (npm's record alone is 200 kB) hashed once, then each file. */
function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

type Output = { code: string; map: Rollup.SourceMapInput };
const inMemory = new Map<string, Output>();

function recall(key: string): Output | null {
  const held = inMemory.get(key);
  if (held) return held;
  try {
    const read = JSON.parse(readFileSync(join(CACHE, `${key}.json`), 'utf8')) as Output;
    inMemory.set(key, read);
    return read;
  } catch {
    return null;
  }
}

function keep(key: string, output: Output): Output {
  inMemory.set(key, output);
  try {
    mkdirSync(CACHE, { recursive: true });
    // Written whole, then renamed: a build running beside this one never reads half a file.
    const part = join(CACHE, `${key}.${process.pid}.tmp`);
    writeFileSync(part, JSON.stringify(output));
    renameSync(part, join(CACHE, `${key}.json`));
  } catch {
    // A cache that cannot be written (a read-only checkout) only costs time.
  }
  return output;
}

/** Accented, and 40% longer (padded with middle dots, which do not collapse as spaces would). */
function pseudoText(text: string): string {
  if (!text.trim()) return text;
  return pseudolocale(text, { prepend: '', append: '', extend: 0.4, extendCharacter: '\u00b7' });
}

/**
 * `import { messages } from 'virtual:pseudo-messages'`: every English message of the catalogue,
 * accented and made longer, its placeholders, plurals and tags kept. `?lang=pseudo` shows it, to find
 * text outside the catalogues (it stays plain English) and layouts that clip or wrap badly.
 * Made from src/locales/en/messages.po at build time, so it never falls behind.
 */
export function pseudoCatalogue(): Plugin {
  const id = 'virtual:pseudo-messages';
  return {
    name: 'wherewhen-pseudo-messages',
    resolveId: { filter: { id: new RegExp(`^${id}$`) }, handler: () => `\0${id}` },
    load: {
      filter: { id: new RegExp(`^\0${id}$`) },
      async handler() {
        const config = getConfig();
        const messages: Record<string, unknown> = {};
        for (const catalog of await getCatalogs(config)) {
          const source = config.sourceLocale ?? 'en';
          this.addWatchFile(catalog.getFilename(source));
          const english = await catalog.read(source);
          for (const [key, entry] of Object.entries(english ?? {})) {
            messages[key] = compileMessage(entry.translation || entry.message || key, pseudoText);
          }
        }
        return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`;
      },
    },
  };
}
