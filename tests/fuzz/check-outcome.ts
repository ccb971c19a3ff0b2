/**
 * What the import fuzz asserts of one case: the importer either previews with line-numbered problems or refuses with a
 * sentence of the catalogue; it never throws (nor falls back to its "unexpected problem" refusal) and stays in its time.
 */
import { performance } from 'node:perf_hooks';
import type { ImportPreview } from '../../shared/api';
import type { MessageArg, MessageRef } from '../../shared/domain/import-text';
import { Holding } from '../../shared/domain/holding';
import { ImportIssue } from '../../shared/domain/portfolio';
import { messagesEn } from '../../shared/i18n/messages-en';
import { importHoldings, type ImportOutcome } from '../../shared/import';
import { decodeText } from '../../shared/import/decode-text';
import { runImport } from '../../shared/import/run-import';
import type { ImportCase } from './import-cases';

/** The refusal importHoldings gives when the pipeline threw: a crash, caught. */
export const INTERNAL_KEY = 'import.msg.internal';

/** A case's time bound: 2 s for any file up to 1 MB, 2 s per MB above — generous for a loaded 2-core machine. */
export const timeBoundMs = (bytes: number): number => Math.max(2000, (2000 * bytes) / (1 << 20));

/** Physical lines of the file as the importer counts them (after decoding; \r\n, \r and \n each end a line). */
export const lineCount = (bytes: Uint8Array): number => decodeText(bytes).text.split(/\r\n|\r|\n/).length;

/** Why a catalogue message (and every message among its params) cannot be said: unknown key, or a placeholder without its param. */
function messageProblems(ref: MessageRef, where: string): string[] {
  const template = (messagesEn as Record<string, string>)[ref.key];
  if (template === undefined) return [`${where}: unknown message key ${ref.key}`];
  const params = ref.params ?? {};
  const missing = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').filter((name) => !(name in params));
  const nested = Object.values(params).flatMap((arg: MessageArg) => (typeof arg === 'object' ? messageProblems(arg, where) : []));
  return [...missing.map((name) => `${where}: ${ref.key} lacks its {${name}}`), ...nested];
}

type Said = { key?: string | undefined; params?: Record<string, MessageArg> | undefined };
const saidProblems = (said: Said, where: string): string[] =>
  said.key === undefined ? [`${where}: no message key`] : messageProblems({ key: said.key, ...(said.params ? { params: said.params } : {}) }, where);

/** What is wrong with an outcome (ImportOutcome, or the same parts of a preview); [] when it keeps the contract. */
export function outcomeProblems(
  parts: { ok: true; holdings: readonly unknown[]; issues: readonly unknown[] } | ({ ok: false; reason: string } & Said),
  lines: number,
): string[] {
  if (!parts.ok) {
    if (parts.key === INTERNAL_KEY) return [];
    return [...(parts.reason.trim() === '' ? ['refusal without a reason'] : []), ...saidProblems(parts, 'refusal')];
  }
  const out: string[] = parts.holdings.length === 0 ? ['previewed without a holding'] : [];
  const inFile = (line: number | null): boolean => line === null || (line >= 1 && line <= lines);
  parts.holdings.forEach((raw, i) => {
    const h = Holding.safeParse(raw);
    if (!h.success) out.push(`holding ${i + 1} does not parse: ${h.error.issues[0]?.message}`);
    else if (!Number.isSafeInteger(h.data.marketValueCents)) out.push(`holding ${i + 1}: value ${h.data.marketValueCents} cents is not an exact integer`);
    else if (!inFile(h.data.line ?? null)) out.push(`holding ${i + 1} on line ${h.data.line} of a ${lines}-line file`);
  });
  parts.issues.forEach((raw, i) => {
    const issue = ImportIssue.safeParse(raw);
    if (!issue.success) return void out.push(`issue ${i + 1} does not parse: ${issue.error.issues[0]?.message}`);
    if (!inFile(issue.data.line)) out.push(`issue ${i + 1} on line ${issue.data.line} of a ${lines}-line file`);
    out.push(...saidProblems(issue.data, `issue ${i + 1} (line ${issue.data.line})`));
  });
  return out;
}

export type CaseResult = { ms: number; crash: string | null; problems: string[]; ok: boolean };

const crashOf = (err: unknown): string => (err instanceof Error ? (err.stack ?? err.message) : String(err)).split('\n').slice(0, 6).join('\n');

/** Runs one case through importHoldings, timed; a caught internal error is re-run through the bare pipeline for its stack. */
export function runCase(c: ImportCase): CaseResult {
  const options = { fileName: c.fileName, ...(c.mapping ? { mapping: c.mapping } : {}) };
  const start = performance.now();
  let outcome: ImportOutcome;
  try {
    outcome = importHoldings(c.bytes, options);
  } catch (err) {
    return { ms: performance.now() - start, crash: `importHoldings threw: ${crashOf(err)}`, problems: [], ok: false };
  }
  const ms = performance.now() - start;
  let crash: string | null = null;
  if (!outcome.ok && outcome.key === INTERNAL_KEY) {
    try {
      runImport(c.bytes, options);
      crash = 'internal refusal, but the pipeline did not throw when run again';
    } catch (err) {
      crash = crashOf(err);
    }
  }
  return { ms, crash, problems: outcomeProblems(outcome, lineCount(c.bytes)), ok: outcome.ok };
}

/** The same checks on the back end's answer to imports.preview (its envelope already unwrapped). */
export function previewProblems(preview: ImportPreview, lines: number): { crash: string | null; problems: string[] } {
  if (!preview.ok) return { crash: preview.key === INTERNAL_KEY ? 'the preview fell back to the internal refusal' : null, problems: outcomeProblems(preview, lines) };
  return { crash: null, problems: outcomeProblems({ ok: true, holdings: preview.portfolio.holdings, issues: preview.issues }, lines) };
}
