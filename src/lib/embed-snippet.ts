import { EMBED_PARAMS } from './embed';
import { escapeHtml } from './html-text';
import { LESSON_FRAGMENT } from './lesson-fragment';

/** What an educator chooses in the Embed dialog. */
export interface EmbedChoices {
  readonly timeline: boolean;
  readonly list: boolean;
  readonly lockWindow: boolean;
  readonly fixedMap: boolean;
  /** CSS pixels, or 'full' for the width of the host page's column. */
  readonly width: number | 'full';
  readonly height: number;
  /** The frame follows the height the map asks for, through the resize script. */
  readonly responsive: boolean;
}

export const DEFAULT_CHOICES: EmbedChoices = {
  timeline: true,
  list: true,
  lockWindow: false,
  fixedMap: false,
  width: 'full',
  height: 500,
  responsive: true,
};

/**
 * A frame's height where it plays a lesson: the step bar (heading, text, question, buttons) above
 * a map still tall enough to read, at the usual width of a course page's column.
 */
export const LESSON_HEIGHT = 640;

/** Whether a link plays a lesson: one it names (`?lesson=`) or carries (`#lesson=`). */
export function playsLesson(link: string): boolean {
  const url = new URL(link);
  return url.searchParams.has('lesson') || url.hash.startsWith(LESSON_FRAGMENT);
}

/** The choices the Embed dialog starts from for a link: taller where the link plays a lesson. */
export function choicesFor(link: string): EmbedChoices {
  return playsLesson(link) ? { ...DEFAULT_CHOICES, height: LESSON_HEIGHT } : DEFAULT_CHOICES;
}

export const MIN_HEIGHT = 240;
export const MAX_HEIGHT = 1200;

/** The address of the view in an embed: the view's own link, with `embed=1` and the chosen options. */
export function embedUrl(viewLink: string, choices: EmbedChoices): string {
  const url = new URL(viewLink);
  for (const name of EMBED_PARAMS) url.searchParams.delete(name);
  url.searchParams.set('embed', '1');
  if (!choices.timeline) url.searchParams.set('timeline', '0');
  if (!choices.list) url.searchParams.set('list', '0');
  if (choices.lockWindow) url.searchParams.set('lock', '1');
  if (choices.fixedMap) url.searchParams.set('fixed', '1');
  return url.toString();
}

/** The resize script served with the app, next to its page. */
export function resizeScriptUrl(viewLink: string): string {
  return new URL('embed.js', new URL('./', viewLink)).toString();
}

/** The frame's height in pixels, kept between the least and most the dialog offers. */
export function clampHeight(height: number): number {
  return Number.isFinite(height) ? Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))) : 500;
}

/**
 * The HTML to paste into a lesson page: an iframe of the view, titled for
 * screen readers, with no border and no referrer; with the responsive option,
 * the iframe is marked for the resize script and the script follows it.
 */
export function embedSnippet(viewLink: string, title: string, choices: EmbedChoices): string {
  const width = choices.width === 'full' ? '100%' : String(Math.round(choices.width));
  const attributes = [
    `src="${escapeHtml(embedUrl(viewLink, choices))}"`,
    `title="${escapeHtml(title)}"`,
    `width="${width}"`,
    `height="${clampHeight(choices.height)}"`,
    'style="border:0;max-width:100%"',
    'loading="lazy"',
    'referrerpolicy="no-referrer"',
    ...(choices.responsive ? ['data-wherewhen-resize'] : []),
  ];
  const iframe = `<iframe\n  ${attributes.join('\n  ')}\n></iframe>`;
  if (!choices.responsive) return iframe;
  return `${iframe}\n<script src="${escapeHtml(resizeScriptUrl(viewLink))}" async></script>`;
}
