import { useAppStore } from '../store/app-store';
import { AboutDialog } from './AboutDialog';

export function Header() {
  const title = useAppStore((s) => s.dataset?.metadata?.title);
  return (
    <header className="header">
      <h1>
        <span className="brand">wherewhen</span>
        {title && <span className="dataset-title">{title}</span>}
      </h1>
      <AboutDialog />
    </header>
  );
}
