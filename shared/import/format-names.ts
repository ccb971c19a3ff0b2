import type { MessageKey } from '../i18n/messages-en';
import { t, type MessageParams } from '../i18n/translate';

/** The catalogue key of each format id the importer reports (ImportOutcome.format, Portfolio.source.format). */
const FORMAT_NAME_KEYS: Readonly<Record<string, MessageKey>> = {
  fidelity: 'import.formatName.fidelity',
  schwab: 'import.formatName.schwab',
  ibkr: 'import.formatName.ibkr',
  exchange: 'import.formatName.exchange',
  'cn-broker': 'import.formatName.cn-broker',
  'de-broker': 'import.formatName.de-broker',
  generic: 'import.formatName.generic',
  aliases: 'import.formatName.aliases',
  mapped: 'import.formatName.mapped',
};

/**
 * The name a person reads for a format id: 'fidelity' → 'Fidelity positions', 'aliases' → 'Generic CSV with recognised
 * column names'. An id this version does not know (a portfolio saved by another version) is shown as it is.
 */
export function formatName(id: string, translate: (key: MessageKey, params?: MessageParams) => string = t): string {
  const key = FORMAT_NAME_KEYS[id];
  return key ? translate(key) : id;
}
