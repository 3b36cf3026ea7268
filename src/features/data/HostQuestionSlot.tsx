import { useSyncExternalStore } from 'react';
import { DataHostQuestion } from './DataHostQuestion';
import { currentQuestion, subscribeToQuestion, type HostQuestion } from './host-question';

/**
 * Where the question before loading another host's events appears: once per
 * page, outside the panels (an embed's list may be hidden). The dialog is
 * in the first chunk: as a lazy one, the bundler splits React out of it, and
 * the first load grows by more than the dialog.
 */
export function HostQuestionSlot() {
  const question = useHostQuestion();
  if (!question) return null;
  return <DataHostQuestion key={question.host} question={question} />;
}

/** The question waiting for the reader's answer, if any. */
export function useHostQuestion(): HostQuestion | null {
  return useSyncExternalStore(subscribeToQuestion, currentQuestion);
}
