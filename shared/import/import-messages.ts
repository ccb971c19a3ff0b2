/**
 * Every sentence the importer shows a person, in one place so it can move into the app's message
 * catalogue. Placeholders are `{name}`; `fillMessage` fills them.
 */
export const importMessages = {
  // Whole-file refusals (ImportOutcome.reason).
  empty: 'The file is empty.',
  tooLarge: 'The file is {size}, over the {limit} limit: export fewer rows or split it into smaller files.',
  binaryKnown: 'This is not a text file: it contains binary data (it looks like {kind}).',
  binaryUnknown: 'This is not a text file: it contains binary data, so it cannot be a CSV export.',
  excelWorkbook: 'This is an Excel workbook, not a CSV: open it in Excel or Numbers and save it as CSV first.',
  html: 'This is an HTML page saved under a .{ext} name — probably a failed download or an expired session — not a CSV export.',
  xml: 'This is an XML document, not a CSV export: export the positions as CSV instead.',
  noHeader: 'No header row was found: the first lines do not name a symbol, quantity or value column. Columns found: {columns}.',
  noQuantityColumn: 'No column gives a quantity or a market value. Columns found: {columns}.',
  noSymbolColumn: 'No column gives a symbol or a security name. Columns found: {columns}.',
  mappedColumnMissing: 'The column "{column}" chosen for {field} is not in the file. Columns found: {columns}.',
  noDataRows: 'The file has column headers but no rows of holdings below them.',
  noHoldings: 'No holding could be read: all {count} rows have problems; the first, on line {line}: {first}',
  ibkrNoPositions: 'This Interactive Brokers statement has no Open Positions or Forex Balances section: export an Activity Statement that includes them.',
  internal: 'The file could not be read because of an unexpected problem in the importer; please report it together with the file.',

  // Whole-file remarks (issues with line null).
  readAsWindows1252: 'The file is not UTF-8; it was read as Windows-1252 (Western European) text.',
  currencyAssumed: 'The file gives no currency for some rows; their amounts were taken as {currency}.',

  // Line remarks: info (skipped, harmless).
  preamble: 'Text above the column headers was skipped.',
  blankLine: 'Blank line skipped.',
  blankLines: '{count} blank lines skipped (lines {from}–{to}).',
  textLine: 'A line of text that is not a holding (a note or disclaimer) was skipped.',
  zeroBalance: 'Zero balance: not a holding, skipped.',
  totalRow: 'Total row: used as a check figure, not imported as a holding.',
  emptyTotalRow: 'Total row without figures skipped.',

  // Line remarks: warnings (imported with a caveat, or skipped but worth a look).
  repeatedHeader: 'The column headers are repeated here; the line was skipped.',
  extraFields: 'This line has more fields than the header; the extra fields were ignored.',
  unterminatedQuote: 'A quotation mark opened on this line is never closed; this and the following lines were read one line at a time.',
  checkMismatch:
    'The file says {label} is {expected} {currency}, but the imported holdings add up to {actual} {currency}: some rows may be missing or misread.',
  badExposure: 'The exposure "{value}" is not a valid tag or blend ({problem}); the tag was decided by the rules instead.',
  badOverride: 'Your exposure override for {symbol} does not add up to 1 and was ignored.',
  advNotNumber: 'The average daily volume "{value}" is not a number and was ignored.',

  // Line remarks: errors (row not imported).
  noSymbol: 'The row names no symbol and no security; it was not imported.',
  quantityNotNumber: 'The quantity "{value}" is not a number; the row was not imported.',
  priceNotNumber: 'The price "{value}" is not a number; the row was not imported.',
  valueNotNumber: 'The market value "{value}" is not a number; the row was not imported.',
  noPriceNoValue: 'There is no price and no market value, so the holding cannot be valued; the row was not imported.',
  noQuantityNoValue: 'There is no quantity and no market value; the row was not imported.',
  unknownCurrency: 'The currency "{value}" is not a currency code (three letters such as USD); the row was not imported.',
  valueTooLarge: 'The amount "{value}" is too large to be a real position; the row was not imported.',
} as const;

export type ImportMessageKey = keyof typeof importMessages;

/** Fills `{placeholders}` of a template; an unknown placeholder stays visible. */
export function fillMessage(key: ImportMessageKey, params: Record<string, string | number> = {}): string {
  return importMessages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Names of blend problems, for the badExposure message. */
export const blendProblemText = {
  empty: 'nothing given',
  'unknown-tag': 'unknown tag',
  'bad-weight': 'a weight is not a number between 0 and 1',
  'duplicate-tag': 'a tag appears twice',
  sum: 'the weights do not add up to 1',
} as const;
