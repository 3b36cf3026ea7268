import { useAppStore } from '../../store/app-store';

/**
 * Which parts of the link that opened the page were left out, and why, until
 * the reader hides the notice. The live region stays in the page so screen
 * readers announce the notice when it appears; a clean link shows nothing.
 */
export function LinkNotice() {
  const dropped = useAppStore((s) => s.linkDropped);
  const setDropped = useAppStore((s) => s.setLinkDropped);
  return (
    <div role="status" className="map-notice-slot">
      {dropped.length > 0 && (
        <div className="map-notice">
          <p>Parts of this link could not be used and were ignored:</p>
          <ul>
            {dropped.map((d, i) => (
              <li key={i}>
                {d.param}: {d.message}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setDropped([])}>
            Hide notice
          </button>
        </div>
      )}
    </div>
  );
}
