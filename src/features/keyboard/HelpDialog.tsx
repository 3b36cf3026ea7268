import { useLingui } from '@lingui/react/macro';
import { lazyPart } from '../../components/lazy-part';
import { LazyDialog } from '../../components/LazyDialog';
import { partMissing } from '../../store/part-missing';
import './keys.css';

const HelpContent = lazyPart(() => import('./HelpContent').then((m) => m.HelpContent));

/** The page-wide keys, `?` among them, come in a lazy chunk soon after the page is shown. */
function listenForKeys(open: () => void): () => void {
  let stop: (() => void) | undefined;
  let gone = false;
  import('./shortcuts').then((m) => {
    if (!gone) stop = m.listenForShortcuts(open);
  }, partMissing);
  return () => {
    gone = true;
    stop?.();
  };
}

/** The keyboard shortcuts, opened by its button or by `?`. */
export function HelpDialog() {
  const { t } = useLingui();
  return (
    <LazyDialog
      button={t({ comment: 'Button that opens the list of keyboard shortcuts', message: 'Keys' })}
      keyshortcuts="?"
      title={t`Keyboard shortcuts`}
      id="help-title"
      className="about help"
      content={HelpContent}
      listen={listenForKeys}
    />
  );
}
