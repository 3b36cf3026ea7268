import L from 'leaflet';
import type { MapEvent } from '../../lib/dataset';
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
import { onReferenceNames, referenceNames } from './reference-names';
import type { EventCanvasLayer } from './event-canvas-layer';
import { mapColors } from './map-colors';
import { marksOnScreen } from './marks-on-screen';

const EVENT_FONT = '600 12px system-ui, sans-serif';
const EVENT_HEIGHT = 16;
const COUNTRY_FONT = '600 10px system-ui, sans-serif';
const COUNTRY_SPACING = '1px';
const COUNTRY_HEIGHT = 13;
const PLACE_FONT = '500 11px system-ui, sans-serif';
const PLACE_HEIGHT = 14;
/** Room for the halo around the letters, on each side. */
const HALO = 2;
/** More lone markers than this and none is labelled: the frame stays cheap with many events. */
export const LABEL_LIMIT = 1500;
/** A country's name is shown when the country has room for it: this many pixels around its middle at least… */
const MIN_ROOM = 8;
/** …and a name no wider than this many times that room (it may run a little beyond a round middle). */
const NAME_PER_ROOM = 3.5;

/** What lies over the map and would hide a label under it: the controls, the legend, the notices. */
const COVERS = '.leaflet-control, .legend, .map-notices > *';

/** The boxes of the things over the map, in its container's pixels. */
function covers(map: L.Map): Box[] {
  const container = map.getContainer();
  const area = container.closest('.map-area') ?? container;
  const { left, top } = container.getBoundingClientRect();
  return Array.from(area.querySelectorAll(COVERS), (e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x0: r.left - left, y0: r.top - top, x1: r.right - left, y1: r.bottom - top }));
}

/** A label drawn in the last frame, exposed for tests and tools. */
interface DrawnLabel extends Box {
  readonly text: string;
  readonly kind: 'event' | 'country' | 'place';
  /** A place's dot, in map pixels. */
  readonly dot?: { readonly x: number; readonly y: number };
}

/**
 * The names of the places of the events drawn now (after window, filters and
 * search), each beside its own marker or not at all, and quieter country
 * names for orientation, drawn on one canvas under the markers. Labels never
 * overlap each other, a marker or a cluster, and never run off the map. It
 * draws after every frame of the event layer, so it follows what that draws.
 */
export class PlaceLabelLayer extends CanvasLayer {
  private readonly widths = new Map<string, number>();
  /** For each reference place, whether an event label names it: made once, not per frame. */
  private readonly namings = new Map<string, (label: string) => boolean>();

  constructor(
    private readonly markers: EventCanvasLayer,
    private readonly events: readonly MapEvent[],
  ) {
    // Under the markers' pane (450), over the basemap's overlay pane (400).
    super({ className: 'label-canvas', pane: 'labelsPane', zIndex: 440 });
  }

  protected override listen(map: L.Map): Array<() => void> {
    return [this.markers.onDraw(this.redraw), onReferenceNames(map, this.schedule)];
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

    // One label per place name, at its most prominent marker (they come most prominent first).
    const seen = new Set<string>();
    const named = singles
      .map((mark) => ({ mark, text: this.events[mark.position]?.props.place.label ?? '' }))
      .filter(({ text }) => text !== '' && !seen.has(text) && seen.add(text));
    ctx.font = EVENT_FONT;
    ctx.letterSpacing = '0px';
    const events = placeGreedily(
      named,
      ({ mark, text }) => candidatesBeside(mark, this.width(ctx, text, 'e') + 2 * HALO, EVENT_HEIGHT),
      taken,
      size.x,
      size.y,
    ).map(({ item, box }): DrawnLabel => ({ ...box, text: item.text, kind: 'event' }));

    ctx.font = COUNTRY_FONT;
    ctx.letterSpacing = COUNTRY_SPACING;
    const reference = referenceNames(map);
    const roomy = reference.countries.flatMap((c) => {
      const room = c.room * scale;
      if (room < MIN_ROOM) return [];
      const text = c.name.toUpperCase();
      const width = this.width(ctx, text, 'c') + 2 * HALO;
      return width > room * NAME_PER_ROOM ? [] : [{ text, width, x: c.x * scale + dx, y: c.y * scale + dy }];
    });
    const countries = placeGreedily(
      roomy,
      (c) => [centredOn(c.x, c.y, c.width, COUNTRY_HEIGHT)],
      taken,
      size.x,
      size.y,
    ).map(({ item, box }): DrawnLabel => ({ ...box, text: item.text, kind: 'country' }));

    // Capitals and large seats where they fit, unless an event's label already names the town.
    const zoom = map.getZoom();
    const eventNames = events.map((e) => e.text);
    ctx.font = PLACE_FONT;
    ctx.letterSpacing = '0px';
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
        const width = this.width(ctx, text, 'p') + 2 * HALO;
        return mark
          ? candidatesBeside(mark, width, PLACE_HEIGHT)
          : placeCandidates(x, y, width, PLACE_HEIGHT);
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
    return [...countries, ...places, ...events];
  }

  private paint(ctx: CanvasRenderingContext2D, labels: readonly DrawnLabel[]): void {
    const { labelInk, labelHalo, countryInk } = mapColors();
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const label of labels) {
      const country = label.kind === 'country';
      ctx.font = country ? COUNTRY_FONT : label.kind === 'place' ? PLACE_FONT : EVENT_FONT;
      ctx.letterSpacing = country ? COUNTRY_SPACING : '0px';
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

  private namingTest(place: string): (label: string) => boolean {
    let test = this.namings.get(place);
    if (!test) {
      test = namingTest(place);
      this.namings.set(place, test);
    }
    return test;
  }

  /** The width of a text in the font set, measured once. */
  private width(ctx: CanvasRenderingContext2D, text: string, font: 'e' | 'c' | 'p'): number {
    const key = font + text;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = ctx.measureText(text).width;
      this.widths.set(key, width);
    }
    return width;
  }
}
