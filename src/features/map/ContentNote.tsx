import { useState } from 'react';
import { useAppStore } from '../../store/app-store';

/** The dataset's own content note (violence, casualty figures), shown over the map until the reader hides it. */
export function ContentNote() {
  const note = useAppStore((s) => s.dataset?.metadata?.contentNote);
  const [hidden, setHidden] = useState(false);
  if (!note || hidden) return null;
  return (
    <aside className="content-note-banner" aria-label="Content note">
      <p>
        <strong>Content note:</strong> {note}
      </p>
      <button type="button" className="button" onClick={() => setHidden(true)}>
        Hide note
      </button>
    </aside>
  );
}
