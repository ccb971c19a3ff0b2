/**
 * The type a Simplified Chinese catalogue part must satisfy, given its English part: only English keys, string values.
 * A key may be missing (English grows on other branches first; the parity test reports it), but a key English does not
 * have is a compile error. An English part that is still empty has no keys, so its Chinese part must be empty too:
 * `Partial<Record<never, string>>` would be `{}`, which TypeScript does not check for extra keys, hence `Record<string, never>`.
 */
export type ChinesePartOf<En> = [keyof En] extends [never] ? Record<string, never> : Partial<Record<keyof En, string>>;
