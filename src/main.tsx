import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';
import { App } from './app/App';
// After every feature's stylesheet: the handout overrides them.
import './app/print.css';
import { startBundledLoad } from './features/data/load-dataset';
import { warmMapChunks } from './features/map/warm-chunks';

// The events are asked for now, not after the first render and the chunks it fetches.
startBundledLoad(window.location.search);
warmMapChunks();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
