import { Trans } from '@lingui/react/macro';

/** Prints the open lesson: the browser's print, which gives the worksheet (Worksheet.tsx) while a lesson is open. */
export function PrintWorksheetButton() {
  return (
    <button type="button" className="button lesson-print" onClick={() => window.print()}>
      <Trans comment="Button in a lesson's bar: prints the lesson as a worksheet for students">
        Print worksheet
      </Trans>
    </button>
  );
}
