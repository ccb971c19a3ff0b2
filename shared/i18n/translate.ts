import { messagesEn, type MessageKey } from './messages-en';

export type MessageParams = Record<string, string | number>;

/** Looks a message up in the catalogue and fills its `{placeholders}`; an unknown placeholder stays visible. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const template: string = messagesEn[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export { messagesEn, type MessageKey };
