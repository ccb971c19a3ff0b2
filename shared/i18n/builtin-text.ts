import { messagesEn, t, type MessageKey } from './translate';

/**
 * The reader's language for the built-in scenarios and regimes: their name and story from the catalogue when the text
 * is a built-in's own (a built-in, or a run's snapshot of one); the user's own scenarios, and built-ins whose text
 * changed since, as written. Sources are not translated: they are cited as published.
 */
function builtin(kind: 'scenario' | 'regime', id: string, field: 'name' | 'description', text: string): string {
  const key = `builtin.${kind}.${id}.${field}` as MessageKey;
  return (messagesEn as Record<string, string>)[key] === text ? t(key) : text;
}

export const scenarioName = (s: { id: string; name: string }): string => builtin('scenario', s.id, 'name', s.name);
export const scenarioDescription = (s: { id: string; description: string }): string => builtin('scenario', s.id, 'description', s.description);
export const regimeText = (id: string, field: 'name' | 'description', text: string): string => builtin('regime', id, field, text);

/** The built-in tagging rules' names (resources/exposure-rules.json and the classifier's own), English text → key. */
let ruleKeys: Map<string, MessageKey> | null = null;

/** A tagging rule's name in the reader's language; any other detail (a file's asset class, a blend as written) as it is. */
export function ruleName(detail: string): string {
  ruleKeys ??= new Map(Object.entries(messagesEn).flatMap(([key, text]) => (key.startsWith('builtin.rule.') ? [[text, key as MessageKey]] : [])));
  const key = ruleKeys.get(detail);
  return key ? t(key) : detail;
}
