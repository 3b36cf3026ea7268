import { Trans } from '@lingui/react/macro';
import { LocalFileNote } from './LocalFileNote';
import { LongLessonLinkNote } from './LongLessonLinkNote';

/** Why Copy link did not copy: a file from the reader's computer, or a lesson too long for a link. */
export type Withheld = { kind: 'local'; name: string } | { kind: 'long'; link: string };

/**
 * Copy link's note when it copies nothing at once: how to share the reader's own file, or the lesson
 * as a file, with the long link copied only if the reader asks. A lazy chunk: few readers need it.
 */
export function CopyLinkNote({
  withheld,
  copy,
  close,
}: {
  withheld: Withheld;
  copy: (link: string) => void;
  close: () => void;
}) {
  if (withheld.kind === 'local') {
    return (
      <>
        <LocalFileNote name={withheld.name} what="a link" />
        <button type="button" className="button" onClick={close}>
          <Trans comment="Verb: closes the note about a file from the reader's computer">Close</Trans>
        </button>
      </>
    );
  }
  return (
    <>
      <LongLessonLinkNote length={withheld.link.length} what="a link" />
      <div className="manual-link-buttons">
        <button type="button" className="button" onClick={() => copy(withheld.link)}>
          <Trans comment="Button: copies a lesson's link though it is too long for some places">
            Copy the long link anyway
          </Trans>
        </button>
        <button type="button" className="button" onClick={close}>
          <Trans comment="Verb: closes the note about a lesson too long for a link">Close</Trans>
        </button>
      </div>
    </>
  );
}
