import { describe, expect, it } from 'vitest';
import { placeLabels, type Box, type LabelPlacement, type LabelRequest } from './label-placement';

const AREA: Box = { x: 0, y: 0, width: 500, height: 200 };
const v = (at: number, width = 90): LabelRequest => ({ axis: 'x', at, width, height: 14 });
const h = (at: number, width = 120): LabelRequest => ({ axis: 'y', at, width, height: 14 });

const intersect = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The label lies on the side of its own line that it says, its near edge at most gap + tolerance (3 + 3 px) from it. */
function besideItsLine(p: LabelPlacement, req: LabelRequest): boolean {
  const [start, size] = req.axis === 'x' ? [p.x, p.width] : [p.y, p.height];
  const d = p.side === 'after' ? start - req.at : req.at - (start + size);
  return p.adjacent && d >= 0 && d <= 6;
}

function expectValid(requests: LabelRequest[], placed: LabelPlacement[], area = AREA) {
  expect(placed).toHaveLength(requests.length);
  placed.forEach((p, i) => {
    expect(besideItsLine(p, requests[i]!), `label ${i} beside its line`).toBe(true);
    expect(p.x).toBeGreaterThanOrEqual(area.x);
    expect(p.x + p.width).toBeLessThanOrEqual(area.x + area.width);
    for (let j = i + 1; j < placed.length; j++) expect(intersect(p, placed[j]!), `labels ${i} and ${j} overlap`).toBe(false);
  });
}

describe('reference-line label placement', () => {
  it('puts well-separated labels in the first row, right of their lines', () => {
    const requests = [v(50), v(200), v(350)];
    const placed = placeLabels(requests, AREA);
    expectValid(requests, placed);
    expect(placed.map((p) => [p.lane, p.side])).toEqual([[0, 'after'], [0, 'after'], [0, 'after']]);
    expect(placed.map((p) => p.x)).toEqual([53, 203, 353]);
  });

  it('flips a label left of its line near the right edge instead of sliding it past the line', () => {
    const requests = [v(460)];
    const [p] = placeLabels(requests, AREA);
    expect(p).toMatchObject({ side: 'before', lane: 0, x: 460 - 3 - 90, adjacent: true });
  });

  it('keeps VaR 99 and ES 97.5 one pixel apart readable: different rows, each beside its own line (issue #9)', () => {
    // The sample book's histogram: mean 100K, VaR 95 146.4K, VaR 99 165.9K, ES 166.1K at ~2.75 px per $1K.
    const requests = [v(205, 70), v(330, 100), v(384, 100), v(385, 100)];
    const placed = placeLabels(requests, AREA);
    expectValid(requests, placed);
    const [, var95, var99, es] = placed as [LabelPlacement, LabelPlacement, LabelPlacement, LabelPlacement];
    expect(var99.lane).not.toBe(es.lane);
    // VaR 95's label does not reach over the VaR 99 / ES lines: it goes left of its own line.
    expect(var95.side).toBe('before');
    // Nothing but the (coincident) neighbour lies between a label and its own line.
    expect(es.x).toBeGreaterThan(385);
    expect(var99.x).toBeGreaterThan(384);
  });

  it('never lets a label sit past another line when there is room on the other side', () => {
    const requests = [v(100), v(150)];
    const placed = placeLabels(requests, AREA);
    expectValid(requests, placed);
    // The first label right of its line would straddle the second line: it goes left instead.
    expect(placed[0]!.side).toBe('before');
    expect(placed[1]!.side).toBe('after');
    expect(placed.map((p) => p.lane)).toEqual([0, 0]);
  });

  it('stacks labels into rows when neither side is free', () => {
    const requests = [v(240), v(245), v(250), v(255)];
    const placed = placeLabels(requests, AREA);
    expectValid(requests, placed);
    expect(new Set(placed.map((p) => `${p.lane}|${p.side}`)).size).toBe(4);
  });

  it('labels horizontal lines above them, in columns when two are close, and clears vertical labels', () => {
    const requests = [h(100), h(104), v(10)];
    const placed = placeLabels(requests, AREA);
    expectValid(requests, placed);
    expect(placed[0]!.side).toBe('before');
    expect(placed[0]!.y + placed[0]!.height).toBe(97);
    // A horizontal line along the top: its label goes below it.
    const [top] = placeLabels([h(5)], AREA);
    expect(top).toMatchObject({ side: 'after', y: 8 });
  });

  it('is deterministic and independent of the order the lines come in', () => {
    const requests = [v(300), v(120), v(302), h(60), v(20)];
    const a = placeLabels(requests, AREA);
    expect(placeLabels(requests, AREA)).toEqual(a);
    const reversed = placeLabels([...requests].reverse(), AREA).reverse();
    expect(reversed).toEqual(a);
  });

  it('slides a label wider than the room on both sides into the plot and says it is not adjacent', () => {
    const [p] = placeLabels([v(100, 450)], AREA);
    expect(p!.adjacent).toBe(false);
    expect(p!.x).toBeGreaterThanOrEqual(0);
    expect(p!.x + p!.width).toBeLessThanOrEqual(500);
  });

  it('holds its promises on many random layouts', () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < 300; k++) {
      const requests = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => v(100 + rnd() * 300, 40 + rnd() * 80));
      expectValid(requests, placeLabels(requests, AREA));
    }
  });
});
