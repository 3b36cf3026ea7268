import { agreedBefore, rememberAgreed } from '../../lib/agreed-hosts';
import type { Consent } from '../../lib/host-consent';

/** The question put to the reader before events are loaded from another host, with the way to answer it. */
export interface HostQuestion {
  readonly host: string;
  readonly answer: (load: boolean) => void;
}

let current: HostQuestion | null = null;
const listeners = new Set<() => void>();

function show(question: HostQuestion | null) {
  current = question;
  for (const listener of listeners) listener();
}

/** Hears each new question, and its end (see HostQuestionSlot). */
export function subscribeToQuestion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Asks the reader whether to load events from `host`; resolves with the
 * answer. One question at a time: loading the data asks at most once. When
 * `signal` aborts, the question is withdrawn and this rejects with an AbortError.
 */
export function askToLoad(host: string, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const withdraw = () => {
      show(null);
      reject(new DOMException('The question was withdrawn', 'AbortError'));
    };
    if (signal?.aborted) return withdraw();
    signal?.addEventListener('abort', withdraw, { once: true });
    show({
      host,
      answer: (load) => {
        signal?.removeEventListener('abort', withdraw);
        show(null);
        resolve(load);
      },
    });
  });
}

/** The question waiting for the reader's answer, if any. */
export function currentQuestion(): HostQuestion | null {
  return current;
}

/** Asking the reader with the page's question (HostQuestionSlot), and what they agreed to before. */
export const consent: Consent = { agreedBefore, ask: askToLoad, remember: rememberAgreed };
