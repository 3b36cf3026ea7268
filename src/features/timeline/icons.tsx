/** Small inline icons: no icon font or image file to load, and they draw the same everywhere. */

export function StepBackIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <rect x="1" y="2" width="2" height="10" fill="currentColor" />
      <path d="M13 2 L4 7 L13 12 Z" fill="currentColor" />
    </svg>
  );
}

export function StepForwardIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d="M1 2 L10 7 L1 12 Z" fill="currentColor" />
      <rect x="11" y="2" width="2" height="10" fill="currentColor" />
    </svg>
  );
}

export function PlayIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M2 1 L11 6 L2 11 Z" fill="currentColor" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect x="2" y="1" width="3" height="10" fill="currentColor" />
      <rect x="7" y="1" width="3" height="10" fill="currentColor" />
    </svg>
  );
}
