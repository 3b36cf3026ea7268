import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';
import { App } from './app/App';
// After every feature's stylesheet: the handout overrides them.
import './app/print.css';
import { startBundledLoad } from './features/data/load-dataset';
import { warmMapChunks } from './features/map/warm-chunks';
import { startLocale } from './lib/i18n/startup';

// English is shown at once; another language's catalogue is fetched alongside the events.
const languageReady = startLocale();

// The events are asked for now, not after the first render and the chunks it fetches.
startBundledLoad(window.location.search);
warmMapChunks();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
if (languageReady) void languageReady.then(render);
else render();
