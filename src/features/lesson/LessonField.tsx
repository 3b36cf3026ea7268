import { useState } from 'react';

/**
 * A text of a lesson with its label, an optional hint, and what is wrong with it beside it: the
 * problems `parseLesson` finds, joined. An empty field is not called wrong before the reader has
 * left it once (the list of problems above the sharing says so all the same).
 */
export function LessonField({
  id,
  label,
  value,
  onChange,
  problems,
  max,
  multiline = false,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly string[];
  max: number;
  multiline?: boolean;
  /** The id of a text that says more (the Markdown the field may use). */
  hint?: string;
}) {
  const [left, setLeft] = useState(false);
  const shown = left || value.trim() !== '' ? problems : [];
  const errorId = `${id}-problem`;
  const describedBy = [hint, shown.length > 0 ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    // A little over the limit may be typed (and is said to be too long), not cut without a word.
    maxLength: max * 2,
    'aria-invalid': shown.length > 0 || undefined,
    'aria-describedby': describedBy,
    onBlur: () => setLeft(true),
  };
  return (
    <div className="lesson-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {shown.length > 0 && (
        <p id={errorId} className="lesson-field-problem">
          {shown.join('; ')}
        </p>
      )}
    </div>
  );
}
