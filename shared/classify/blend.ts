import { EXPOSURE_TAGS, type ExposureTag } from '../domain/exposure';
import type { TagWeight } from './types';

export type BlendProblem = 'empty' | 'unknown-tag' | 'bad-weight' | 'duplicate-tag' | 'sum';
export type BlendResult = { ok: true; weights: TagWeight[] } | { ok: false; problem: BlendProblem; detail: string };

const TOLERANCE = 1e-6;
const TAGS: ReadonlySet<string> = new Set(EXPOSURE_TAGS);

export function isExposureTag(text: string): text is ExposureTag {
  return TAGS.has(text);
}

/** Checks a list of tag weights: known tags, each in (0, 1], no repeats, summing to 1. */
export function checkWeights(weights: readonly TagWeight[]): BlendResult {
  if (weights.length === 0) return { ok: false, problem: 'empty', detail: '' };
  const seen = new Set<string>();
  let sum = 0;
  for (const w of weights) {
    if (!isExposureTag(w.tag)) return { ok: false, problem: 'unknown-tag', detail: String(w.tag) };
    if (!Number.isFinite(w.weight) || w.weight <= 0 || w.weight > 1 + TOLERANCE) {
      return { ok: false, problem: 'bad-weight', detail: `${w.tag}:${w.weight}` };
    }
    if (seen.has(w.tag)) return { ok: false, problem: 'duplicate-tag', detail: w.tag };
    seen.add(w.tag);
    sum += w.weight;
  }
  if (Math.abs(sum - 1) > TOLERANCE) return { ok: false, problem: 'sum', detail: String(Number(sum.toFixed(6))) };
  return { ok: true, weights: weights.map((w) => ({ tag: w.tag, weight: Math.min(1, w.weight) })) };
}

/**
 * Reads a file's exposure text: a single tag ('miner_debt') or a blend ('btc:0.8;equity:0.2',
 * also '|' ',' '+' between parts, '=' instead of ':', weights as fractions or percentages).
 */
export function parseBlend(text: string): BlendResult {
  const parts = text.split(/[;|,+]/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, problem: 'empty', detail: '' };
  const weights: TagWeight[] = [];
  for (const part of parts) {
    const m = /^([^:=]+?)\s*(?:[:=]\s*(.+))?$/.exec(part);
    const tag = (m?.[1] ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (!isExposureTag(tag)) return { ok: false, problem: 'unknown-tag', detail: tag };
    const weightText = m?.[2]?.trim();
    if (weightText === undefined) {
      if (parts.length > 1) return { ok: false, problem: 'bad-weight', detail: part };
      weights.push({ tag, weight: 1 });
      continue;
    }
    const weight = readWeight(weightText);
    if (weight === null) return { ok: false, problem: 'bad-weight', detail: part };
    weights.push({ tag, weight });
  }
  return checkWeights(weights);
}

function readWeight(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(%)?$/.exec(text);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return m[2] ? n / 100 : n;
}
