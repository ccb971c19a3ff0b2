import type { Holding } from '../domain/holding';
import type { IssueColumn, MessageArg, MessageRef } from '../domain/import-text';
import type { ImportIssue, Portfolio } from '../domain/portfolio';

export type { Overrides, TagWeight } from '../classify/types';

/** The fields the importer reads; a ColumnMapping names the header text of each. */
export const FIELDS = [
  'symbol', 'name', 'quantity', 'price', 'marketValue', 'currency', 'account', 'assetClass', 'securityType', 'exposure', 'adv', 'yield', 'market',
] as const;
export type Field = (typeof FIELDS)[number];

/** field → header text, e.g. { quantity: 'Stk', marketValue: 'Wert' }. */
export type ColumnMapping = Partial<Record<Field, string>>;

/**
 * A total the file states (an 'Account Total' row, an IBKR Total row) and what the imported holdings add up to. `label` is
 * the file's own text, or (IBKR) the English of `labelRef`, which names it in the reader's language.
 */
export type CheckFigure = { line: number; label: string; labelRef?: MessageRef; expectedCents: number; actualCents: number; currency: string };

/**
 * Why a file cannot be imported: `reason` is the English sentence, `key` and `params` say it in the reader's language
 * (issueText(refusalOf(r))). `columns` are the file's column headers, when it has any (the column mapping can use them).
 */
export type Refusal = {
  ok: false;
  reason: string;
  key?: string;
  params?: Record<string, MessageArg>;
  column?: IssueColumn;
  columns: string[];
};

export type ImportOutcome =
  | {
      ok: true;
      format: string;
      holdings: Holding[];
      fileFx: Portfolio['fileFx'];
      issues: ImportIssue[];
      checkFigures: CheckFigure[];
      headerSignature: string;
      columns: string[];
    }
  | Refusal;

/** One data row, its cells picked per field, before any number is read. */
export type RawRecord = {
  line: number;
  cells: Partial<Record<Field, string>>;
  /** Used when the row has no currency cell: from the header ('Value (USD)') or the format. */
  currencyHint: string | null;
  /** The column each field was read from (its header and number), for the remarks about a cell. */
  columns?: Partial<Record<Field, IssueColumn>>;
};

/** A stated total, compared once all holdings are built. */
export type PendingTotal = {
  line: number;
  /** The file's own text ('Account Total'), or a label of the importer's (IBKR). */
  label: string | MessageRef;
  /** The column the stated value is in. */
  column?: IssueColumn;
  valueText: string;
  /** null = the holdings' single currency. */
  currency: string | null;
  /** Which holdings the total covers. */
  covers: (h: Holding) => boolean;
  /** Convert every holding to this base with the file's own FX before summing (IBKR NAV). */
  inBase: boolean;
};

/** What a reader (a tabular format, or the IBKR statement) hands to the holding builder. */
export type ReadTable = {
  format: string;
  records: RawRecord[];
  totals: PendingTotal[];
  issues: ImportIssue[];
  columns: string[];
  headerSignature: string;
  decimalMark: '.' | ',' | null;
  fileFx: Portfolio['fileFx'];
  /** Account for rows without an account cell (IBKR's Account). */
  defaultAccount: string;
  /** Asset class for rows the format implies one for (a crypto exchange: 'crypto'). */
  defaultAssetClass: string | null;
};

export type ReadResult = ({ ok: true } & ReadTable) | Refusal;
