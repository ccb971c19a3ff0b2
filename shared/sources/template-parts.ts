import { t, type MessageKey } from '../i18n/translate';

/** A private-use character that no message contains, to mark where each placeholder's value went. */
const MARK = '\uE000';
const SPLIT = new RegExp(`${MARK}(\\d+)${MARK}`);

/** A message split where its placeholders go: literal texts and slots, so markup (a link, an emphasis) can fill a slot. */
export type TemplatePart = { text: string } | { slot: string };

/** The message `key` with its placeholders `slots` as parts, in the catalogue's order: “{text}. {assumption}” → text, “. ”, assumption. */
export function templateParts(key: MessageKey, slots: readonly string[]): TemplatePart[] {
  const marks = Object.fromEntries(slots.map((name, i) => [name, `${MARK}${i}${MARK}`]));
  return t(key, marks)
    .split(SPLIT)
    .map((piece, i): TemplatePart => (i % 2 === 1 ? { slot: slots[Number(piece)]! } : { text: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}
