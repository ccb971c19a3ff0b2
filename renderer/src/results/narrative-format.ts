import { FACTOR_UNIT } from '../../../shared/domain/scenario';
import type { ReasonFormat } from '../../../shared/narrative/holding-reason';
import type { NarrativeFormat } from '../../../shared/narrative/narrative-text';
import type { Formatters } from '../format/format';

/** The screen's formatters in the shape the shared narrative and holding reasons write with. */
export function narrativeFormat(fmt: Formatters): NarrativeFormat {
  return {
    money: fmt.moneyUnits,
    pct: (v, digits) => fmt.percent(v, digits),
    signedPct: (v) => fmt.signedPercent(v),
    num: (v, digits) => fmt.number(v, digits),
    weeks: (w) => fmt.duration(w, 'week'),
    list: fmt.list,
    sentences: fmt.sentences,
  };
}

export function reasonFormat(fmt: Formatters): ReasonFormat {
  const bp = (v: number) => `${fmt.signedBasisPoints(v)} bp`;
  return { ...narrativeFormat(fmt), bp, move: (factor, v) => (FACTOR_UNIT[factor] === 'bp' ? bp(v) : fmt.signedPercent(v)) };
}
