/**
 * The part of papaparse's API the page uses (parsing a string at once), for
 * the app and worker programs, which map `papaparse` here: @types/papaparse
 * references Node's types (for its stream API), and would give every browser
 * file Node's globals. The Node program (tests) keeps @types/papaparse.
 */
export interface ParseError {
  type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
  code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
  message: string;
  row?: number | undefined;
  index?: number | undefined;
}

export interface ParseMeta {
  delimiter: string;
  linebreak: string;
  aborted: boolean;
  fields?: string[] | undefined;
  truncated: boolean;
  cursor: number;
}

export interface ParseResult<T> {
  data: T[];
  errors: ParseError[];
  meta: ParseMeta;
}

export interface ParseConfig {
  delimiter?: string;
  preview?: number;
  header?: boolean;
  skipEmptyLines?: boolean | 'greedy';
  dynamicTyping?: boolean;
  transformHeader?(header: string, index: number): string;
}

export function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
