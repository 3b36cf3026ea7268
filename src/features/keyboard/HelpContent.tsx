import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';

/** A key's name as printed on keyboards, where keyboards in a language may print another. */
const KEY_NAMES = {
  esc: msg({
    context: 'Key on a keyboard',
    comment: 'Name of the Escape key as printed on a keyboard',
    message: 'Esc',
  }),
  pageUp: msg({
    context: 'Key on a keyboard',
    comment: 'Name of the Page Up key as printed on a keyboard',
    message: 'Page Up',
  }),
  pageDown: msg({
    context: 'Key on a keyboard',
    comment: 'Name of the Page Down key as printed on a keyboard',
    message: 'Page Down',
  }),
  home: msg({
    context: 'Key on a keyboard',
    comment: 'Name of the Home key as printed on a keyboard',
    message: 'Home',
  }),
  end: msg({
    context: 'Key on a keyboard',
    comment: 'Name of the End key as printed on a keyboard',
    message: 'End',
  }),
  enter: msg({
    context: 'Key on a keyboard',
    comment: 'Name of the Enter key as printed on a keyboard',
    message: 'Enter',
  }),
};

/** Every key the page answers to: the keys (a symbol, or a name to translate) and what they do. */
const KEYS: Array<[Array<string | MessageDescriptor>, MessageDescriptor]> = [
  [['/'], msg`Search the events`],
  [['j', '↓'], msg`Next event in the list (↓ when the list has focus)`],
  [['k', '↑'], msg`Previous event in the list (↑ when the list has focus)`],
  [[KEY_NAMES.esc], msg`Close the details, or clear the search box`],
  [['←', '→'], msg`On a timeline handle: a day earlier or later`],
  [[KEY_NAMES.pageUp, KEY_NAMES.pageDown], msg`On a timeline handle: a month (with Shift, a year)`],
  [[KEY_NAMES.home, KEY_NAMES.end], msg`On a timeline handle: the first or last date`],
  [['+', '−'], msg`On a timeline handle: zoom the time axis in or out`],
  [[KEY_NAMES.enter], msg`On a histogram bar: show its period; on a cluster: zoom in`],
  [['?'], msg`This list of keys`],
];

/** The table of keys: a lazy chunk, loaded when the help is first opened. */
export function HelpContent() {
  const { t, i18n } = useLingui();
  const or = t({ comment: 'Between two keys that do the same thing, as in "j or ↓"', message: 'or' });
  return (
    <>
      <table className="keys">
        <thead>
          <tr>
            <th scope="col">
              <Trans comment="Column heading in the table of keyboard shortcuts">Key</Trans>
            </th>
            <th scope="col">
              <Trans comment="Column heading in the table of keyboard shortcuts">What it does</Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([keys, what]) => (
            <tr key={what.id}>
              <td>
                {keys.map((k, i) => {
                  const name = typeof k === 'string' ? k : i18n._(k);
                  return (
                    <span key={typeof k === 'string' ? k : k.id}>
                      {i > 0 && ` ${or} `}
                      <kbd>{name}</kbd>
                    </span>
                  );
                })}
              </td>
              <td>{i18n._(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Trans>
          Every control can also be reached with Tab, and the event list holds everything the map shows.
        </Trans>
      </p>
    </>
  );
}
