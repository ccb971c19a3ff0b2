/**
 * Where to put the labels of reference lines (VaR, ES, the mean, a pre-shock level, a cash need) so that no two
 * overlap and each sits beside its own line. Pure and deterministic: the screen's chart.js plugin and the report's
 * SVG charts both use it, with measured or estimated text widths.
 *
 * A vertical line's label goes in a row along the top of the plot, just right of its line (or just left of it);
 * a horizontal line's label just above its line (or just below), in a column from the left. A label never overlaps
 * another one; among the places that fit, it prefers one whose way to its line crosses no other line (so a label
 * is never read as another line's), then the first row or column, then the preferred side.
 */

export type Box = { x: number; y: number; width: number; height: number };

export type LabelRequest = {
  /** 'x': a vertical line at x = at; 'y': a horizontal line at y = at (pixels). */
  axis: 'x' | 'y';
  at: number;
  width: number;
  height: number;
};

export type LabelPlacement = Box & {
  /** The row (vertical lines) or column (horizontal lines), 0 = first. */
  lane: number;
  /** after: right of a vertical line or below a horizontal one; before: left of it or above it. */
  side: 'after' | 'before';
  /** Within gap + tolerance of its line, on one side of it; false only when the room on either side is too small. */
  adjacent: boolean;
};

export type PlacementOptions = {
  gap?: number;
  /** Empty space kept between two labels. */
  padding?: number;
  /** Lines closer than this count as one: a label may start just beyond such a neighbour (never over it). */
  tolerance?: number;
  /** Preferred side for horizontal lines' labels (vertical lines' labels prefer the right). */
  horizontalSide?: 'after' | 'before';
};

const SIDES = ['after', 'before'] as const;

const overlaps = (a: Box, b: Box, pad: number): boolean =>
  a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;

const inside = (b: Box, area: Box): boolean =>
  b.x >= area.x - 0.5 && b.y >= area.y - 0.5 && b.x + b.width <= area.x + area.width + 0.5 && b.y + b.height <= area.y + area.height + 0.5;

/** How many other lines run through the label or between it and its own line. */
function crossings(box: Box, own: LabelRequest, others: readonly LabelRequest[], tolerance: number): number {
  return others.filter((line) => {
    const [lo, hi] = line.axis === 'x' ? [box.x, box.x + box.width] : [box.y, box.y + box.height];
    if (line.at > lo && line.at < hi) return true;
    // Between the label and its own line: only a line that does not coincide with its own one counts.
    if (line.axis !== own.axis || Math.abs(line.at - own.at) <= tolerance) return false;
    return line.at > Math.min(lo, own.at) && line.at < Math.max(hi, own.at);
  }).length;
}

function candidate(req: LabelRequest, side: 'after' | 'before', lane: number, area: Box, gap: number, pad: number): Box {
  const { width, height } = req;
  if (req.axis === 'x') {
    const x = side === 'after' ? req.at + gap : req.at - gap - width;
    return { x, y: area.y + gap + lane * (height + pad), width, height };
  }
  const y = side === 'after' ? req.at + gap : req.at - gap - height;
  return { x: area.x + gap + lane * (width + pad), y, width, height };
}

/** From a line to the nearer edge of a box along the line's axis; Infinity when the line runs through the box. */
function distance(box: Box, req: LabelRequest): number {
  const [lo, hi] = req.axis === 'x' ? [box.x, box.x + box.width] : [box.y, box.y + box.height];
  return req.at > lo && req.at < hi ? Infinity : Math.min(Math.abs(lo - req.at), Math.abs(hi - req.at));
}

/** Slides a box that cannot sit beside its line into the plot, as near to the line as it can be. */
function clamp(box: Box, area: Box): Box {
  const fit = (v: number, size: number, lo: number, len: number) => Math.max(lo, Math.min(v, lo + len - size));
  return { ...box, x: fit(box.x, box.width, area.x, area.width), y: fit(box.y, box.height, area.y, area.height) };
}

/** One placement per request, in the requests' order, inside `area` (the plot). */
export function placeLabels(requests: readonly LabelRequest[], area: Box, options: PlacementOptions = {}): LabelPlacement[] {
  const gap = options.gap ?? 3;
  const pad = options.padding ?? 2;
  const tolerance = options.tolerance ?? 3;
  const preferred = (req: LabelRequest) => (req.axis === 'x' ? 'after' : (options.horizontalSide ?? 'before'));
  const order = requests.map((req, index) => ({ req, index })).sort((a, b) => (a.req.axis === b.req.axis ? a.req.at - b.req.at || a.index - b.index : a.req.axis === 'x' ? -1 : 1));
  const placed: (LabelPlacement | undefined)[] = new Array(requests.length);
  const boxes: Box[] = [];
  for (const { req, index } of order) {
    const others = requests.filter((_, i) => i !== index);
    let best: { placement: LabelPlacement; cost: number } | null = null;
    const sides = preferred(req) === 'after' ? SIDES : ([...SIDES].reverse() as typeof SIDES[number][]);
    for (let lane = 0; lane < requests.length; lane++) {
      for (const [rank, side] of sides.entries()) {
        const raw = candidate(req, side, lane, area, gap, pad);
        const box = inside(raw, area) ? raw : clamp(raw, area);
        if (boxes.some((b) => overlaps(b, box, pad))) continue;
        const adjacent = distance(box, req) <= gap + tolerance;
        const cost = (adjacent ? 0 : 5000) + crossings(box, req, others, tolerance) * 1000 + (box === raw ? 0 : 1) + lane * 10 + rank;
        const actual = (req.axis === 'x' ? box.x : box.y) >= req.at ? 'after' : 'before';
        if (best === null || cost < best.cost) best = { placement: { ...box, lane, side: actual, adjacent }, cost };
      }
    }
    // Every lane taken (more labels than fit): the first row, over the others rather than nowhere.
    const chosen: LabelPlacement = best?.placement ?? { ...clamp(candidate(req, preferred(req), 0, area, gap, pad), area), lane: 0, side: preferred(req), adjacent: false };
    boxes.push(chosen);
    placed[index] = chosen;
  }
  return placed as LabelPlacement[];
}
