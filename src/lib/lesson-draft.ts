/**
 * A lesson being written: what the Lesson panel edits and keeps in the browser between visits.
 * Unlike a lesson, a draft may be unfinished (empty headings, texts over their limits): `lessonOfDraft`
 * makes the lesson it stands for, and `parseLesson` says what still keeps it from being one.
 */
import { z } from 'zod';
import type { Lesson } from './lesson';

export interface DraftStep {
  /** This page's own name for the step, kept as steps move: never stored or shared. */
  readonly id: string;
  readonly heading: string;
  readonly text: string;
  readonly question: string;
  /** The step's view as a link's query (see store/view.ts `viewOf` and url-state `encodeView`). */
  readonly view: string;
}

export interface Draft {
  readonly title: string;
  readonly introduction: string;
  readonly steps: readonly DraftStep[];
}

export const EMPTY_DRAFT: Draft = Object.freeze({ title: '', introduction: '', steps: [] });

/**
 * Where the draft is kept. The version is in the key: a later draft format gets a key of its own,
 * so a page of one version never misreads another's.
 */
export const DRAFT_KEY = 'wherewhen:lesson-draft:v1';

const stored = z.strictObject({
  title: z.string(),
  introduction: z.string(),
  steps: z.array(
    z.strictObject({ heading: z.string(), text: z.string(), question: z.string(), view: z.string() }),
  ),
});

/** What the browser holds: nothing, a draft, or something that is not a draft (with why, in English). */
export type StoredDraft =
  | { readonly kind: 'none' }
  | { readonly kind: 'draft'; readonly draft: Draft }
  | { readonly kind: 'corrupt'; readonly reason: string };

let ids = 0;
/** A new id for a step, unique on this page. */
export function stepId(): string {
  ids += 1;
  return `step-${ids}`;
}

/** Reads what the draft's key holds; never throws. */
export function readDraft(text: string | null): StoredDraft {
  if (text === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  }
  const parsed = stored.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') || 'draft';
    return { kind: 'corrupt', reason: `${where}: ${issue?.message ?? 'not a draft'}` };
  }
  const { title, introduction, steps } = parsed.data;
  return { kind: 'draft', draft: { title, introduction, steps: steps.map((s) => ({ ...s, id: stepId() })) } };
}

/** The draft as the browser keeps it: without the steps' page-only ids. */
export function draftText(draft: Draft): string {
  return JSON.stringify({
    title: draft.title,
    introduction: draft.introduction,
    steps: draft.steps.map(({ heading, text, question, view }) => ({ heading, text, question, view })),
  });
}

/** The lesson a draft stands for, for `parseLesson`: empty optional texts left out. */
export function lessonOfDraft(draft: Draft): unknown {
  const introduction = draft.introduction.trim();
  return {
    format: 'wherewhen-lesson',
    version: 1,
    title: draft.title,
    ...(introduction ? { introduction: draft.introduction } : {}),
    steps: draft.steps.map(({ heading, text, question, view }) => ({
      heading,
      text,
      ...(question.trim() ? { question } : {}),
      view,
    })),
  };
}

/** A lesson as a draft, to write on. */
export function draftOfLesson(lesson: Lesson): Draft {
  return {
    title: lesson.title,
    introduction: lesson.introduction ?? '',
    steps: lesson.steps.map((s) => ({
      id: stepId(),
      heading: s.heading,
      text: s.text,
      question: s.question ?? '',
      view: s.view,
    })),
  };
}

/** The steps with the one at `from` moved to `to` (both counted from 0, `to` kept within the list). */
export function moveStep<T>(steps: readonly T[], from: number, to: number): T[] {
  const list = [...steps];
  if (from < 0 || from >= list.length) return list;
  const [moved] = list.splice(from, 1);
  const at = Math.max(0, Math.min(list.length, to));
  list.splice(at, 0, moved!);
  return list;
}
