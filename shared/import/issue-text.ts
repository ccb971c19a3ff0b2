import type { ImportText, IssueColumn, MessageArg, MessageRef } from '../domain/import-text';
import { messagesEn, type MessageKey } from '../i18n/messages-en';
import { t, type MessageParams, type TranslateFn } from '../i18n/translate';

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(messagesEn, key);

/** A param in the language of `translate`: a message param is rendered first; a key this version does not know shows as it is. */
function argText(arg: MessageArg, translate: TranslateFn): string | number {
  return typeof arg === 'object' ? (refText(arg, translate) ?? arg.key) : arg;
}

/** A catalogue message with its params, in the language of `translate`; null when this version does not know the key. */
export function refText(ref: MessageRef, translate: TranslateFn = t): string | null {
  if (!isMessageKey(ref.key)) return null;
  const params: MessageParams = {};
  for (const [name, arg] of Object.entries(ref.params ?? {})) params[name] = argText(arg, translate);
  return translate(ref.key, params);
}

/**
 * What an import issue or refusal says, in the current language (or that of `translate`). An issue saved before issues
 * carried a key, or with a key this version does not know, says its stored (English) message.
 */
export function issueText(text: Pick<ImportText, 'message' | 'key' | 'params'>, translate: TranslateFn = t): string {
  if (text.key === undefined) return text.message;
  return refText({ key: text.key, ...(text.params ? { params: text.params } : {}) }, translate) ?? text.message;
}

/** A refusal of the importer (ImportOutcome or ImportPreview with ok false) as an ImportText. */
export const refusalOf = (refusal: { reason: string; key?: string | undefined; params?: ImportText['params'] }): ImportText => ({
  message: refusal.reason,
  ...(refusal.key !== undefined ? { key: refusal.key } : {}),
  ...(refusal.params !== undefined ? { params: refusal.params } : {}),
});

/** 'column 3 (Qty)', 'column “Qty”' or 'column 3' — the column an issue is about; null when it names none. */
export function columnText(column: IssueColumn | undefined, translate: TranslateFn = t): string | null {
  const name = column?.name?.trim() ? column.name.trim() : undefined;
  const number = column?.number;
  if (name !== undefined && number !== undefined) return translate('import.issue.column.both', { name, number });
  if (name !== undefined) return translate('import.issue.column.name', { name });
  if (number !== undefined) return translate('import.issue.column.number', { number });
  return null;
}
