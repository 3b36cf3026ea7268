import { Trans as LinguiTrans, type TransProps } from '@lingui/react';
import type { ReactNode } from 'react';

/**
 * What every `<Trans>` of the code renders (lingui.config.ts points the macro here). Lingui puts a text
 * value into the translated string and then reads `<tag>`s out of the whole string, so a title from the
 * data such as `<b>Kabul</b>` would lose its brackets and its words would be taken for markup. Each text
 * value goes in as a React child instead: the reader sees it exactly as the data has it. Numbers stay
 * numbers, for plurals.
 */
export function Trans(props: TransProps) {
  const values = props.values;
  if (!values) return <LinguiTrans {...props} />;
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values))
    safe[key] = typeof value === 'string' ? text(value) : value;
  return <LinguiTrans {...props} values={safe} />;
}

function text(value: string): ReactNode {
  return <>{value}</>;
}
