import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { Lesson } from '../../lib/lesson';
import { readView } from '../../lib/url-state';
import { viewEvents, viewWindow } from '../../lib/view-events';
import { useAppStore } from '../../store/app-store';
import { selectEngine, selectFilterIndex } from '../../store/selectors';
import { useWorksheetLand } from './worksheet-land';
import { WorksheetSheet, type WorksheetStep } from './WorksheetSheet';
import './worksheet.css';

/**
 * The open lesson as a worksheet, printed instead of the map's handout (Ctrl+P, or Print
 * worksheet): hidden on screen, the page's only content on paper (worksheet.css). Each step's
 * events are worked out from its view with the map's own filter engine, whatever is on screen.
 */
/** `lang`: the language of the lesson's words where the page is in another (the player knows it). */
export function Worksheet({ lesson, lang }: { lesson: Lesson; lang: string | undefined }) {
  const dataset = useAppStore((s) => s.dataset);
  const index = useAppStore(selectFilterIndex);
  const engine = useAppStore(selectEngine);
  const land = useWorksheetLand();
  const steps = useMemo<WorksheetStep[] | null>(() => {
    if (!dataset || !index || !engine) return null;
    return lesson.steps.map((step) => {
      const view = readView(step.view).view;
      return { view, window: viewWindow(dataset, view), events: viewEvents(dataset, index, engine, view) };
    });
  }, [lesson, dataset, index, engine]);
  // Beside the page's root, not in it: printing hides the root, and no layout of the map's holds it.
  return createPortal(
    <WorksheetSheet lesson={lesson} steps={steps} land={land} lang={lang} />,
    document.body,
  );
}
