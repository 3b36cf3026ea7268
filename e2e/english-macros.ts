import { i18n } from '@lingui/core';

/**
 * Lingui's core macros (`t`, `plural`, `select`, `selectOrdinal`, `msg`) as plain English functions.
 * The end-to-end tests compute the English they expect with the app's own functions (dates, cluster
 * names), which Playwright loads without Vite: nothing compiles their macros there. tsconfig.e2e.json
 * resolves `@lingui/core/macro` to this file for Playwright only; the app, its unit tests and the
 * type checker use Lingui's real macros, and src/lib/i18n/english-macros.test.ts checks both agree.
 */

// Code that translates a descriptor (`i18n._(msg`...`)`) needs a language: the tests' is English.
if (!i18n.locale) i18n.loadAndActivate({ locale: 'en', locales: ['en-GB'], messages: {} });

interface Descriptor {
  id?: string;
  message?: string;
  comment?: string;
}

type Cases = Record<string, string> & { other: string };

const numbers = new Intl.NumberFormat('en-GB');

function isTemplate(value: unknown): value is TemplateStringsArray {
  return Array.isArray(value) && 'raw' in value;
}

function fill(strings: TemplateStringsArray, values: readonly unknown[]): string {
  return strings.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ''), '');
}

export function t(first: TemplateStringsArray | Descriptor, ...values: unknown[]): string {
  if (isTemplate(first)) return fill(first, values);
  return first.message ?? first.id ?? '';
}

export function msg(
  first: TemplateStringsArray | Descriptor,
  ...values: unknown[]
): { id: string; message: string } {
  const message = t(first, ...values);
  return { id: message, message };
}

export const defineMessage = msg;

function choose(value: number, cases: Cases, type: Intl.PluralRulesOptions['type']): string {
  const exact = cases[String(value)] ?? cases[`=${value}`];
  const form = exact ?? cases[new Intl.PluralRules('en-GB', { type }).select(value)] ?? cases.other;
  return form.replace(/#/g, numbers.format(value));
}

export function plural(value: number, cases: Cases): string {
  return choose(value, cases, 'cardinal');
}

export function selectOrdinal(value: number, cases: Cases): string {
  return choose(value, cases, 'ordinal');
}

export function select(value: string, cases: Cases): string {
  return cases[value] ?? cases.other;
}
