/**
 * What is wrong with a field of a file the app reads (a data file, a lesson),
 * after the field's name, in the language shown: "is missing", "expected
 * string", "is longer than 160 characters". Passed to zod for each parse
 * (`schema.safeParse(value, { error: fieldProblem })`), so it words every
 * problem a schema does not word itself, and is given the value that was
 * read: a field of the wrong type is told apart from one that is missing.
 * Problems it does not know keep zod's own words.
 */
import { plural, t } from '@lingui/core/macro';
import type { z } from 'zod';

export const fieldProblem: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined)
        return t({
          comment: 'A problem with a field of a data or lesson file, after its name',
          message: 'is missing',
        });
      const type = issue.expected;
      return t({
        comment:
          'A problem with a field of a data or lesson file, after its name: {type} is a type of JSON value, in English (string, number, boolean, object, array)',
        message: `expected ${type}`,
      });
    }
    case 'unrecognized_keys': {
      const count = issue.keys.length;
      const names = issue.keys.map((k) => `"${k}"`).join(', ');
      return t({
        comment:
          'A problem with a part of a file: {names} are the names of the fields it does not know, in quotes',
        message: plural(count, { one: `has unknown field ${names}`, other: `has unknown fields ${names}` }),
      });
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.values.length === 1
        ? t({
            comment:
              'A problem with a field of a file, after its name: {values} is the one value it may have, in quotes',
            message: `must be ${values}`,
          })
        : t({
            comment:
              'A problem with a field of a data file, after its name: {values} are the values it may have, in quotes',
            message: `must be one of ${values}`,
          });
    }
    case 'invalid_union':
      return t({
        comment: 'A problem with a field of a data file, after its name',
        message: 'does not match any allowed form',
      });
    case 'too_big': {
      const most = Number(issue.maximum);
      if (issue.origin === 'string')
        return t({
          comment: 'A problem with a text field of a file, after its name',
          message: plural(most, { one: 'is longer than # character', other: 'is longer than # characters' }),
        });
      if (issue.origin === 'array')
        return t({
          comment: 'A problem with a list in a file (of sources, steps, countries…), after its name',
          message: plural(most, { one: 'has more than # entry', other: 'has more than # entries' }),
        });
      if (issue.origin === 'number' && issue.inclusive !== false)
        return t({
          comment: 'A problem with a number in a file, after its name: {most} is the largest it may be',
          message: `must be at most ${most}`,
        });
      return undefined;
    }
    case 'too_small': {
      const least = Number(issue.minimum);
      if ((issue.origin === 'string' || issue.origin === 'array') && least === 1)
        return t({
          comment: 'A problem with a field of a data file, after its name',
          message: 'must not be empty',
        });
      if (issue.origin === 'string')
        return t({
          comment: 'A problem with a text field of a file, after its name',
          message: plural(least, {
            one: 'is shorter than # character',
            other: 'is shorter than # characters',
          }),
        });
      if (issue.origin === 'array')
        return t({
          comment: 'A problem with a list in a file, after its name',
          message: plural(least, { one: 'has fewer than # entry', other: 'has fewer than # entries' }),
        });
      if (issue.origin === 'number' && issue.inclusive !== false)
        return t({
          comment: 'A problem with a number in a file, after its name: {least} is the smallest it may be',
          message: `must be at least ${least}`,
        });
      return undefined;
    }
    default:
      return undefined;
  }
};
