import { i18n } from '@lingui/core';
import L from 'leaflet';
import { canvasFont, letterSpacing, textDirection } from '../../lib/canvas-text';
import { countryName } from '../../lib/country-names';
import type { MapEvent } from '../../lib/dataset';
import { shownIn } from '../../lib/event-language';
import { intlLocale } from '../../lib/i18n/intl';
import {
  candidatesBeside,
  centredOn,
  markBox,
  MarksAt,
  placeGreedily,
  TakenBoxes,
  type Box,
  type Mark,
} from '../../lib/label-placement';
import { DOT, namingTest, nameStart, placeCandidates } from '../../lib/reference-places';
import type { WorldTransform } from '../../lib/canvas-transform';
import { CanvasLayer, type Frame } from './canvas-layer';
import { fontReady, onFontsLoaded } from './canvas-fonts';
import { onReferenceNames, referenceNames } from './reference-names';
import type { EventCanvasLayer } from './event-canvas-layer';
import { mapColors } from './map-colors';
import { marksOnScreen } from './marks-on-screen';
import { overMapRects } from './overlay-class';

/**
 * Each kind of label's weight and size, letter spacing and least height. The faces follow the script
 * of each text (lib/canvas-text): a label in Arabic script is drawn in the page's Arabic face, and its
 * box is as tall as its letters climb and fall, where that is more than the least.
 */
const STYLES = {
  event: { font: '600 12px', spacing: '0px', height: 16 },
  country: { font: '600 10px', spacing: '1px', height: 13 },
  place: { font: '500 11px', spacing: '0px', height: 14 },
} as const;
type Kind = keyof typeof STYLES;
/** Room for the halo around the letters, on each side. */
const HALO = 2;
/** More lone markers than this and none is labelled: the frame stays cheap with many events. */
export const LABEL_LIMIT = 1500;
/** A country's name is shown when the country has room for it: this many pixels around its middle at least… */
const MIN_ROOM = 8;
/** …and a name no wider than this many times that room (it may run a little beyond a round middle). */
const NAME_PER_ROOM = 3.5;

/** The boxes of the things over the map, in its container's pixels. */
function covers(map: L.Map): Box[] {
  return overMapRects(map.getContainer())
    .filter((r) => r.right > r.left && r.bottom > r.top)
    .map((r) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom }));
}

/** A label drawn in the last frame, exposed for tests and tools. */
interface DrawnLabel extends Box {
  readonly text: string;
  readonly kind: Kind;
  /** A place's dot, in map pixels. */
  readonly dot?: { readonly x: number; readonly y: number };
}

/** A text's size in its label's style, halo included. */
interface Measure {
  readonly width: number;
  readonly height: number;
}

/** Sets the canvas's font, letter spacing and direction for a text of a kind of label. */
function setStyle(ctx: CanvasRenderingContext2D, kind: Kind, text: string): string {
  const font = canvasFont(STYLES[kind].font, text);
  ctx.font = font;
  ctx.letterSpacing = letterSpacing(STYLES[kind].spacing, text);
  ctx.direction = textDirection(text);
  return font;
}

/**
 * The names of the places of the events drawn now (after window, filters and
 * search), each beside its own marker or not at all, and quieter country
 * names for orientation, drawn on one canvas under the markers. Labels never
 * overlap each other, a marker or a cluster, and never run off the map. It
 * draws after every frame of the event layer, so it follows what that draws.
 *
 * Names are in the interface's language: an event's place label as the data
 * translates it (else as written), a country's as the browser names it from
 * its code (else Natural Earth's English); capitals and seats keep GeoNames'
 * names. Each label is drawn in a face of its script, reading its own way.
 */
export class PlaceLabelLayer extends CanvasLayer {
  private readonly sizes = new Map<string, Measure>();
  /** For each reference place, whether an event label names it: made once, not per frame. */
  private readonly namings = new Map<string, (label: string) => boolean>();
  /** Each country's name as drawn (in capitals, in the language shown), made once: not on every frame. */
  private readonly countryTexts = new Map<string, string>();

  constructor(
    private readonly markers: EventCanvasLayer,
    private events: readonly MapEvent[],
  ) {
    // Under the markers' pane (450), over the basemap's overlay pane (400).
    super({ className: 'label-canvas', pane: 'labelsPane', zIndex: 440 });
  }

  /** The same events with other words (another language's translations put on them): drawn anew. */
  setEvents(events: readonly MapEvent[]): void {
    this.events = events;
    this.schedule();
  }

  protected override listen(map: L.Map): Array<() => void> {
    return [
      this.markers.onDraw(this.redraw),
      onReferenceNames(map, this.schedule),
      // Another language: its names (the markers' counts change too, and this follows their frame).
      i18n.on('change', this.schedule),
      // A face that arrives after a label was measured and drawn in a fallback.
      onFontsLoaded(() => {
        this.sizes.clear();
        this.schedule();
      }),
    ];
  }

  protected override draw(ctx: CanvasRenderingContext2D, { map, size, world }: Frame): void {
    const canvas = this.canvas;
    if (!canvas) return;
    const marks = marksOnScreen(this.markers, map, LABEL_LIMIT);
    // The container as laid out now: Leaflet's size is only updated on a window resize.
    const container = map.getContainer();
    const bounds = L.point(Math.min(size.x, container.clientWidth), Math.min(size.y, container.clientHeight));
    const labels = marks ? this.place(ctx, map, world, marks.singles, marks.clusters, bounds) : [];
    this.paint(ctx, labels);
    // Canvas text is not in the DOM: what is drawn, and where, is exposed for tests and tools.
    const round = (b: Box) => ({
      x0: Math.round(b.x0 * 10) / 10,
      y0: Math.round(b.y0 * 10) / 10,
      x1: Math.round(b.x1 * 10) / 10,
      y1: Math.round(b.y1 * 10) / 10,
    });
    canvas.dataset.labels = String(labels.filter((l) => l.kind === 'event').length);
    canvas.dataset.countryLabels = String(labels.filter((l) => l.kind === 'country').length);
    canvas.dataset.placeLabels = String(labels.filter((l) => l.kind === 'place').length);
    canvas.dataset.boxes = JSON.stringify(
      labels.map((l) => ({
        text: l.text,
        kind: l.kind,
        ...round({ x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1 }),
      })),
    );
    canvas.dataset.marks = JSON.stringify(
      marks ? [...marks.singles, ...marks.clusters].map((m) => round(markBox(m))) : [],
    );
  }

  private place(
    ctx: CanvasRenderingContext2D,
    map: L.Map,
    { scale, dx, dy }: WorldTransform,
    singles: ReadonlyArray<Mark & { position: number }>,
    clusters: readonly Mark[],
    size: L.Point,
  ): DrawnLabel[] {
    const taken = new TakenBoxes();
    for (const box of covers(map)) taken.add(box);
    for (const mark of singles) taken.add(markBox(mark));
    for (const mark of clusters) taken.add(markBox(mark));

    // One label per place name, at its most prominent marker (they come most prominent first), in the
    // reader's language where the data translates it.
    const reader = i18n.locale;
    const seen = new Set<string>();
    const named = singles
      .map((mark) => {
        const props = this.events[mark.position]?.props;
        return props
          ? { mark, text: shownIn(props, 'placeLabel', reader).text, original: props.place.label }
          : { mark, text: '', original: '' };
      })
      .filter(({ text }) => text !== '' && !seen.has(text) && seen.add(text));
    const events = placeGreedily(
      named,
      ({ mark, text }) => {
        const { width, height } = this.measure(ctx, 'event', text);
        return candidatesBeside(mark, width, height);
      },
      taken,
      size.x,
      size.y,
    ).map(({ item, box }) => ({ ...box, text: item.text, original: item.original, kind: 'event' as const }));

    const locale = intlLocale();
    const reference = referenceNames(map);
    const roomy = reference.countries.flatMap((c) => {
      const room = c.room * scale;
      if (room < MIN_ROOM) return [];
      const text = this.countryText(c.name, c.code, locale);
      const { width, height } = this.measure(ctx, 'country', text);
      return width > room * NAME_PER_ROOM
        ? []
        : [{ text, width, height, x: c.x * scale + dx, y: c.y * scale + dy }];
    });
    const countries = placeGreedily(
      roomy,
      (c) => [centredOn(c.x, c.y, c.width, c.height)],
      taken,
      size.x,
      size.y,
    ).map(({ item, box }): DrawnLabel => ({ ...box, text: item.text, kind: 'country' }));

    // Capitals and large seats where they fit, unless an event's label already names the town, in the
    // words shown or its own (GeoNames' names are Latin: "Peshawar" is named by "پشاور" as much).
    const zoom = map.getZoom();
    const eventNames = events.flatMap((e) => [e.text, e.original]);
    const near = reference.places.flatMap((p) => {
      if (p.zoom > zoom) return [];
      const x = p.x * scale + dx;
      const y = p.y * scale + dy;
      if (x < 0 || y < 0 || x > size.x || y > size.y || eventNames.some(this.namingTest(p.name))) return [];
      return [{ text: p.name, x, y }];
    });
    // A town under a marker or cluster is named beside that mark, without its dot (the mark shows where).
    const marks = new MarksAt<Mark>([...singles, ...clusters], DOT);
    const places = placeGreedily(
      near.map((p) => ({ ...p, mark: marks.under(p.x, p.y) })),
      ({ x, y, text, mark }) => {
        const { width, height } = this.measure(ctx, 'place', text);
        return mark ? candidatesBeside(mark, width, height) : placeCandidates(x, y, width, height);
      },
      taken,
      size.x,
      size.y,
    ).map(({ item, box }): DrawnLabel => ({
      ...box,
      text: item.text,
      kind: 'place',
      dot: item.mark ? undefined : item,
    }));
    return [
      ...countries,
      ...places,
      ...events.map(({ x0, y0, x1, y1, text, kind }): DrawnLabel => ({ x0, y0, x1, y1, text, kind })),
    ];
  }

  private paint(ctx: CanvasRenderingContext2D, labels: readonly DrawnLabel[]): void {
    const { labelInk, labelHalo, countryInk } = mapColors();
    ctx.textBaseline = 'middle';
    // Each label is placed by its left edge, whichever way its text reads.
    ctx.textAlign = 'left';
    ctx.lineJoin = 'round';
    for (const label of labels) {
      setStyle(ctx, label.kind, label.text);
      const y = (label.y0 + label.y1) / 2;
      let x = label.x0 + HALO;
      if (label.dot) {
        const { x: dx, y: dy } = label.dot;
        ctx.beginPath();
        ctx.arc(dx, dy, DOT - 0.5, 0, 2 * Math.PI);
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = labelHalo;
        ctx.fillStyle = countryInk;
        ctx.stroke();
        ctx.fill();
        // The name on the side of the dot its box leaves room for.
        x = nameStart(label, dx) + HALO;
      }
      ctx.lineWidth = label.kind === 'event' ? 3.5 : 2.5;
      ctx.strokeStyle = labelHalo;
      ctx.strokeText(label.text, x, y);
      ctx.fillStyle = label.kind === 'event' ? labelInk : countryInk;
      ctx.fillText(label.text, x, y);
    }
  }

  private countryText(name: string, code: string | undefined, locale: string): string {
    const key = `${locale} ${code ?? ''} ${name}`;
    let text = this.countryTexts.get(key);
    if (text === undefined) {
      text = countryName(name, code, locale).toLocaleUpperCase(locale);
      this.countryTexts.set(key, text);
    }
    return text;
  }

  private namingTest(place: string): (label: string) => boolean {
    let test = this.namings.get(place);
    if (!test) {
      test = namingTest(place);
      this.namings.set(place, test);
    }
    return test;
  }

  /**
   * A text's box in a kind of label's style, halo included, measured once its face is in: as wide as
   * the text, as tall as the kind's least height or as far as its letters reach from the middle line
   * both ways (the name is drawn centred on it), whichever is more.
   */
  private measure(ctx: CanvasRenderingContext2D, kind: Kind, text: string): Measure {
    const key = `${kind} ${text}`;
    let size = this.sizes.get(key);
    if (size) return size;
    const font = setStyle(ctx, kind, text);
    ctx.textBaseline = 'middle';
    const metrics = ctx.measureText(text);
    const reach = Math.max(metrics.actualBoundingBoxAscent, metrics.actualBoundingBoxDescent);
    size = {
      width: metrics.width + 2 * HALO,
      height: Math.max(STYLES[kind].height, Math.ceil(2 * reach) + 2 * HALO),
    };
    // Measured in a fallback while its face is on its way: measured again when the face is in.
    if (fontReady(font, text)) this.sizes.set(key, size);
    return size;
  }
}
