import { lazy, Suspense } from 'react';
import { useHostQuestion } from './host-question';

const DataHostQuestion = lazy(() =>
  import('./DataHostQuestion').then((m) => ({ default: m.DataHostQuestion })),
);

/**
 * Where the question before loading another host's events appears: once per
 * page, outside the panels (an embed's list may be hidden), its dialog a
 * lazy chunk as few links need it.
 */
export function HostQuestionSlot() {
  const question = useHostQuestion();
  if (!question) return null;
  return (
    <Suspense fallback={null}>
      <DataHostQuestion key={question.host} question={question} />
    </Suspense>
  );
}
