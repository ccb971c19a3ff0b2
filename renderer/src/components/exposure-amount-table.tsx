import type { ExposureTag } from '../../../shared/domain/exposure';
import { useT } from '../i18n/use-t';

/** An exposure tag as a non-interactive chip, coloured like the holdings table's. */
export function ExposureChipStatic({ tag }: { tag: ExposureTag }) {
  const t = useT();
  return (
    <span className={`chip chip-${tag} chip-static`}>
      <span className="chip-dot" aria-hidden="true" />
      {t(`exposure.${tag}`)}
    </span>
  );
}

export type ExposureAmountRow = {
  tag: ExposureTag;
  /** The amount, already formatted (a value, a loss or a gain). */
  amount: string;
  /** Extra class for the amount cell, e.g. 'is-negative' or 'is-gain'. */
  tone?: string;
  share: number | null;
};

type Props = {
  rows: readonly ExposureAmountRow[];
  caption: string;
  heads: { tag: string; amount: string; share: string };
  percent: (share: number) => string;
  testId: string;
  rowTestId: string;
  className?: string;
  /** A total row under the parts (the parts, rounded, add up to it). */
  total?: { label: string; amount: string; testId: string };
};

/** Exposure · amount · share: the table behind the exposure charts of Portfolio, Results and the scenario preview. */
export function ExposureAmountTable({ rows, caption, heads, percent, testId, rowTestId, className = '', total }: Props) {
  const t = useT();
  return (
    <table className={`holdings compact summary-table ${className}`.trim()} data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heads.tag}</th>
          <th scope="col" className="num">
            {heads.amount}
          </th>
          <th scope="col" className="num">
            {heads.share}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.tag} data-tag={row.tag} data-testid={rowTestId}>
            <th scope="row">
              <ExposureChipStatic tag={row.tag} />
            </th>
            <td className={`num${row.tone ? ` ${row.tone}` : ''}`}>{row.amount}</td>
            <td className="num">{row.share === null ? t('common.none') : percent(row.share)}</td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr className="total-row">
            <th scope="row">{total.label}</th>
            <td className="num" data-testid={total.testId}>
              {total.amount}
            </td>
            <td />
          </tr>
        </tfoot>
      )}
    </table>
  );
}
