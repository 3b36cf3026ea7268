import { msg, plural } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import {
  choicesFor,
  playsLesson,
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
import { LongLessonLinkNote } from './LongLessonLinkNote';
import { MAX_LINK_LENGTH } from '../../lib/lesson-fragment';

const WIDTHS: ReadonlyArray<EmbedChoices['width']> = ['full', 800, 640, 480];

const OPTIONS: ReadonlyArray<
  [keyof Pick<EmbedChoices, 'timeline' | 'list' | 'lockWindow' | 'fixedMap'>, MessageDescriptor]
> = [
  ['timeline', msg`Show the timeline`],
  ['list', msg`Offer the list of events`],
  ['lockWindow', msg`Keep the time window as it is now`],
  ['fixedMap', msg`Keep the map where it is now (no panning or zooming)`],
];

/** The iframe snippet for this view, with its options and size: a lazy chunk. */
export function EmbedContent() {
  const { t, i18n } = useLingui();
  // The view on screen when the dialog opens, as the share link carries it.
  const [view] = useState(() => {
    const state = appStore.getState();
    const title =
      state.dataset?.metadata?.title ??
      state.imported?.name ??
      t({
        comment: 'Name of events with no title; wherewhen is the name of the site',
        message: 'wherewhen events',
      });
    const local = state.imported?.source.kind === 'file' ? state.imported.name : null;
    const caption = captionOf(state);
    // The frame's title says what this view shows, not only whose events they are.
    return {
      link: currentLink(appStore),
      title: t({
        comment:
          "The title of the embedded map's frame, in the code to copy: caption says what the view shows, title whose events they are",
        message: `Map of events: ${caption} (${title})`,
      }),
      local,
    };
  });
  const [choices, setChoices] = useState<EmbedChoices>(() => choicesFor(view.link));
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
        <Trans>
          Paste this into a page (a school site, a blog, a learning platform) to show this view: the same time
          window, filters and selection as the share link.
        </Trans>
      </p>
      <fieldset>
        <legend>
          <Trans>What the embedded map shows</Trans>
        </legend>
        {OPTIONS.map(([key, label]) => (
          <label key={key} className="check-option">
            <input
              type="checkbox"
              checked={choices[key]}
              onChange={(e) => set({ [key]: e.target.checked })}
            />
            {i18n._(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          <Trans comment="Heading of the width and height of the embedded map">Size</Trans>
        </legend>
        <label className="size-field">
          <span>
            <Trans comment="Of the embedded map">Width</Trans>
          </span>
          <select
            value={String(choices.width)}
            onChange={(e) => set({ width: e.target.value === 'full' ? 'full' : Number(e.target.value) })}
          >
            {WIDTHS.map((width) => (
              <option key={width} value={String(width)}>
                {width === 'full'
                  ? t`Full width of the page`
                  : t({
                      comment: 'A width of the embedded map',
                      message: plural(width, { one: '# pixel', other: '# pixels' }),
                    })}
              </option>
            ))}
          </select>
        </label>
        <label className="size-field">
          <span>{choices.responsive ? t`Starting height (pixels)` : t`Height (pixels)`}</span>
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
          <Trans>Fit the height to the width of the page (adds a small script from this site)</Trans>
        </label>
      </fieldset>
      <EmbedPreview src={src} width={choices.width} height={clampHeight(choices.height)} />
      {src.length > MAX_LINK_LENGTH && playsLesson(view.link) && (
        <div className="notice notice-warning">
          <LongLessonLinkNote length={src.length} what="an embed code" />
        </div>
      )}
      <CopyText
        label={t({ comment: 'The HTML to paste into another page', message: 'Embed code' })}
        button={t`Copy embed code`}
        text={snippet}
        rows={9}
        className="citation snippet"
      />
      <p>
        <Trans>
          <a href={src} target="_blank" rel="noopener noreferrer">
            Preview the embedded map
          </a>{' '}
          (opens in a new tab). The map sends the page around it only its height, and only with the script.
        </Trans>
      </p>
    </div>
  );
}
