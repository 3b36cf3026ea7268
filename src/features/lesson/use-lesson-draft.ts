import { useEffect, useRef, useState } from 'react';
import { DRAFT_KEY, draftText, EMPTY_DRAFT, readDraft, type Draft } from '../../lib/lesson-draft';

function stored(): string | null {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    // Storage may be off (a private window, a setting): there is no draft to read.
    return null;
  }
}

/** Keeps the draft; false when the browser would not (storage off or full). */
function keep(draft: Draft): boolean {
  try {
    localStorage.setItem(DRAFT_KEY, draftText(draft));
    return true;
  } catch {
    return false;
  }
}

/**
 * The draft as last changed on this page: the panel opened again takes it up, even where the browser
 * would not keep it (storage off or full), until the page goes.
 */
let held: Draft | null = null;

/**
 * The lesson being written, kept in this browser at each change, so it survives a reload. A kept draft
 * that cannot be read is reported (`corrupt`) and left as it is until the reader discards it: nothing
 * is written over it by accident.
 */
export function useLessonDraft() {
  const [first] = useState(() => (held ? ({ kind: 'draft', draft: held } as const) : readDraft(stored())));
  const [corrupt, setCorrupt] = useState(first.kind === 'corrupt');
  const [draft, setDraft] = useState<Draft>(first.kind === 'draft' ? first.draft : EMPTY_DRAFT);
  const [unsaved, setUnsaved] = useState(false);
  // The draft as last changed: changes made one after another in one event build on each other.
  const latest = useRef(draft);
  // How many times the draft was changed in another tab or window of this browser while open here.
  const [changedElsewhere, setChangedElsewhere] = useState(0);

  useEffect(function followOtherTabs() {
    // The panel open in two tabs: each shows the draft as the other last wrote it, so neither writes
    // over the other's change with one it never saw.
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea !== localStorage || (e.key !== DRAFT_KEY && e.key !== null)) return;
      const kept = readDraft(e.key === null ? null : e.newValue);
      const next = kept.kind === 'draft' ? kept.draft : EMPTY_DRAFT;
      latest.current = next;
      held = kept.kind === 'draft' ? next : null;
      setCorrupt(kept.kind === 'corrupt');
      setUnsaved(false);
      setDraft(next);
      setChangedElsewhere((n) => n + 1);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const change = (update: (draft: Draft) => Draft) => {
    const next = update(latest.current);
    latest.current = next;
    held = next;
    setDraft(next);
    setUnsaved(!keep(next));
  };

  const discard = () => {
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      // Nothing was kept.
    }
    latest.current = EMPTY_DRAFT;
    held = null;
    setCorrupt(false);
    setUnsaved(false);
    setDraft(EMPTY_DRAFT);
  };

  return { draft, change, corrupt, unsaved, discard, changedElsewhere };
}
