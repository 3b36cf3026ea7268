import { useLingui } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import { useAppStore } from '../../store/app-store';

/**
 * Which parts of the link that opened the page were left out, and why, until
 * the reader hides the notice. The live region stays in the page so screen
 * readers announce the notice when it appears; a clean link shows nothing.
 */
export function LinkNotice() {
  // Drawn again, and the notice worded again, when the reader picks another language.
  useLingui();
  const dropped = useAppStore((s) => s.linkDropped)();
  const setDropped = useAppStore((s) => s.setLinkDropped);
  return (
    <div role="status" className="map-notice-slot">
      {dropped.length > 0 && (
        <div className="map-notice">
          <p>
            <Trans>Parts of this link could not be used and were ignored:</Trans>
          </p>
          <ul>
            {dropped.map(({ param, message: reason }, i) => (
              <li key={i}>
                <Trans comment="A part of the link that was ignored: param names it as the link does (as in: from, to), reason says why">
                  <bdi>{param}</bdi>: {reason}
                </Trans>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setDropped(() => [])}>
            <Trans>Hide notice</Trans>
          </button>
        </div>
      )}
    </div>
  );
}
