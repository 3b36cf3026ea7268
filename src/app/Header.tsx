import { useAppStore } from '../store/app-store';
import { CopyLink } from '../features/share/CopyLink';
import { HelpDialog } from '../features/keyboard/HelpDialog';
import { ImportButton } from '../features/import/ImportButton';
import { AboutDialog } from './AboutDialog';

export function Header() {
  const title = useAppStore((s) => s.dataset?.metadata?.title);
  return (
    <header className="header">
      <h1>
        <span className="brand">wherewhen</span>
        {title && <span className="dataset-title">{title}</span>}
      </h1>
      <div className="header-actions">
        <CopyLink />
        <ImportButton />
        <HelpDialog />
        <AboutDialog />
      </div>
    </header>
  );
}
