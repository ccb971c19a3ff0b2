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

/** The shape of `t`: code that writes sentences takes one, so it can be given another language's. */
export type TranslateFn = (key: MessageKey, params?: MessageParams) => string;
