import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import './copy-text.css';

/**
 * Text to copy, shown in a read-only box that selects itself on focus, with
 * a Copy button that says when it worked; where the clipboard is refused it
 * says to copy from the box instead. The message has its place kept, so it
 * moves nothing when it shows.
 */
export function CopyText({
  label,
  button,
  text,
  rows = 4,
  className = 'citation',
}: {
  label: string;
  button: string;
  text: string;
  rows?: number;
  className?: string;
}) {
  const { t } = useLingui();
  const [outcome, setOutcome] = useState<'copied' | 'refused' | null>(null);
  return (
    <div className={className}>
      <label>
        <span>{label}</span>
        <textarea readOnly rows={rows} value={text} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="copy-row">
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => setOutcome('copied'),
              () => setOutcome('refused'),
            )
          }
        >
          {button}
        </button>
        <span role="status">
          {outcome === 'copied'
            ? t({
                comment:
                  'Said once the text is on the clipboard; label is the name of the box, e.g. "Citation" or "Embed code"',
                message: `${label} copied`,
              })
            : outcome === 'refused'
              ? t`This browser did not allow copying: select the text in the box and copy it.`
              : ''}
        </span>
      </div>
    </div>
  );
}
