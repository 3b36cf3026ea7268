/** Every key the page answers to. */
const KEYS: Array<[string[], string]> = [
  [['/'], 'Search the events'],
  [['j', '↓'], 'Next event in the list (↓ when the list has focus)'],
  [['k', '↑'], 'Previous event in the list (↑ when the list has focus)'],
  [['Esc'], 'Close the details, or clear the search box'],
  [['←', '→'], 'On a timeline handle: a day earlier or later'],
  [['Page Up', 'Page Down'], 'On a timeline handle: a month (with Shift, a year)'],
  [['Home', 'End'], 'On a timeline handle: the first or last date'],
  [['+', '−'], 'On a timeline handle: zoom the time axis in or out'],
  [['Enter'], 'On a histogram bar: show its period; on a cluster: zoom in'],
  [['?'], 'This list of keys'],
];

/** The table of keys: a lazy chunk, loaded when the help is first opened. */
export function HelpContent() {
  return (
    <>
      <table className="keys">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([keys, what]) => (
            <tr key={what}>
              <td>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' or '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Every control can also be reached with Tab, and the event list holds everything the map shows.</p>
    </>
  );
}
