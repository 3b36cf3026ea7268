import { useMemo, useState } from 'react';
import {
  DEFAULT_CHOICES,
  embedSnippet,
  embedUrl,
  MAX_HEIGHT,
  MIN_HEIGHT,
  clampHeight,
  type EmbedChoices,
} from '../../lib/embed-snippet';
import { appStore } from '../../store/app-store';
import { CopyText } from '../../components/CopyText';
import { EmbedPreview } from './EmbedPreview';
import { currentLink } from './link';
import { captionOf } from './view-caption';
import './embed-dialog.css';
import { LocalFileNote } from './LocalFileNote';

const WIDTHS: ReadonlyArray<[EmbedChoices['width'], string]> = [
  ['full', 'Full width of the page'],
  [800, '800 pixels'],
  [640, '640 pixels'],
  [480, '480 pixels'],
];

const OPTIONS: ReadonlyArray<
  [keyof Pick<EmbedChoices, 'timeline' | 'list' | 'lockWindow' | 'fixedMap'>, string]
> = [
  ['timeline', 'Show the timeline'],
  ['list', 'Offer the list of events'],
  ['lockWindow', 'Keep the time window as it is now'],
  ['fixedMap', 'Keep the map where it is now (no panning or zooming)'],
];

/** The iframe snippet for this view, with its options and size: a lazy chunk. */
export function EmbedContent() {
  // The view on screen when the dialog opens, as the share link carries it.
  const [view] = useState(() => {
    const state = appStore.getState();
    const title = state.dataset?.metadata?.title ?? state.imported?.name ?? 'wherewhen events';
    const local = state.imported?.source.kind === 'file' ? state.imported.name : null;
    // The frame's title says what this view shows, not only whose events they are.
    return { link: currentLink(appStore), title: `Map of events: ${captionOf(state)} (${title})`, local };
  });
  const [choices, setChoices] = useState<EmbedChoices>(DEFAULT_CHOICES);
  const set = (change: Partial<EmbedChoices>) => setChoices((c) => ({ ...c, ...change }));
  const snippet = useMemo(() => embedSnippet(view.link, view.title, choices), [view, choices]);
  const src = embedUrl(view.link, choices);

  // No code for a file from the reader's computer: it would embed other events under its name.
  if (view.local !== null) {
    return (
      <div className="embed-dialog">
        <div className="notice notice-warning">
          <LocalFileNote name={view.local} what="an embed code" />
        </div>
      </div>
    );
  }

  return (
    <div className="embed-dialog">
      <p>
        Paste this into a page (a school site, a blog, a learning platform) to show this view: the same time
        window, filters and selection as the share link.
      </p>
      <fieldset>
        <legend>What the embedded map shows</legend>
        {OPTIONS.map(([key, label]) => (
          <label key={key} className="check-option">
            <input
              type="checkbox"
              checked={choices[key]}
              onChange={(e) => set({ [key]: e.target.checked })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Size</legend>
        <label className="size-field">
          <span>Width</span>
          <select
            value={String(choices.width)}
            onChange={(e) => set({ width: e.target.value === 'full' ? 'full' : Number(e.target.value) })}
          >
            {WIDTHS.map(([value, label]) => (
              <option key={value} value={String(value)}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="size-field">
          <span>{choices.responsive ? 'Starting height (pixels)' : 'Height (pixels)'}</span>
          <input
            type="number"
            min={MIN_HEIGHT}
            max={MAX_HEIGHT}
            step={20}
            value={choices.height}
            onChange={(e) => set({ height: e.target.valueAsNumber })}
          />
        </label>
        <label className="check-option">
          <input
            type="checkbox"
            checked={choices.responsive}
            onChange={(e) => set({ responsive: e.target.checked })}
          />
          Fit the height to the width of the page (adds a small script from this site)
        </label>
      </fieldset>
      <EmbedPreview src={src} width={choices.width} height={clampHeight(choices.height)} />
      <CopyText
        label="Embed code"
        button="Copy embed code"
        text={snippet}
        rows={9}
        className="citation snippet"
      />
      <p>
        <a href={src} target="_blank" rel="noopener noreferrer">
          Preview the embedded map
        </a>{' '}
        (opens in a new tab). The map sends the page around it only its height, and only with the script.
      </p>
    </div>
  );
}
