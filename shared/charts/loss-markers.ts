import type { RunResult } from '../engine/run-result';
import type { MessageKey } from '../i18n/translate';

/**
 * The reference lines on the phase-one loss histogram, the same on the Results screen and in the report: the mean,
 * VaR 95, VaR 99 and ES 97.5, in that order (the order of the list under the chart), each labelled with its amount
 * and drawn in its own tone and dash so that two lines a hair apart (VaR 99 and ES 97.5 often are) still read as two.
 * The screen resolves a tone from its theme (light or dark); the report, on white paper, from the light theme's.
 */
export type MarkerTone = 'muted' | 'warning' | 'negative' | 'text';

export type LossMarkerId = 'mean' | 'var95' | 'var99' | 'es975';

export type LossMarker = {
  id: LossMarkerId;
  /** Its label, with an {amount} placeholder. */
  key: MessageKey;
  value: number;
  tone: MarkerTone;
  /** Dash pattern in px, [] for a solid line. */
  dash: readonly number[];
};

const STYLE: Record<LossMarkerId, { key: MessageKey; tone: MarkerTone; dash: readonly number[] }> = {
  mean: { key: 'charts.marker.mean', tone: 'muted', dash: [2, 3] },
  var95: { key: 'charts.marker.var95', tone: 'warning', dash: [5, 3] },
  var99: { key: 'charts.marker.var99', tone: 'negative', dash: [5, 3] },
  es975: { key: 'charts.marker.es975', tone: 'text', dash: [] },
};

export function lossMarkers(phaseOne: Pick<RunResult['phaseOne'], 'meanLoss' | 'var95' | 'var99' | 'es975'>): LossMarker[] {
  const values: Record<LossMarkerId, number> = { mean: phaseOne.meanLoss, var95: phaseOne.var95, var99: phaseOne.var99, es975: phaseOne.es975 };
  return (['mean', 'var95', 'var99', 'es975'] as const).map((id) => ({ id, value: values[id], ...STYLE[id] }));
}
