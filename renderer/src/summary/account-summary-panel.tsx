import { useId } from 'react';
import type { PortfolioView } from '../../../shared/api/portfolios-api';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { accountRows } from './account-summary';

const moneyClass = (cents: number) => `num${cents < 0 ? ' is-negative' : ''}`;

/** Per account: long value, shorts, loans (negative cash) and net; then the margin loan total and the equity. */
export function AccountSummary({ view }: { view: PortfolioView }) {
  const t = useT();
  const headingId = useId();
  const { valuation } = view;
  const fmt = useFormatters(valuation.baseCurrency);
  const rows = accountRows(view.portfolio, valuation);
  const shorts = rows.some((r) => r.shortCents !== 0);
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="account-summary">
      <h2 id={headingId}>{t('summary.accounts.title')}</h2>
      <p className="hint" data-testid="loan-note">
        {t('summary.accounts.note')}
      </p>
      <table className="holdings compact summary-table">
        <thead>
          <tr>
            <th scope="col">{t('summary.accounts.col.account')}</th>
            <th scope="col" className="num">
              {t('summary.accounts.col.long')}
            </th>
            {shorts && (
              <th scope="col" className="num">
                {t('summary.accounts.col.shorts')}
              </th>
            )}
            <th scope="col" className="num">
              {t('summary.accounts.col.loans')}
            </th>
            <th scope="col" className="num">
              {t('summary.accounts.col.net')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.account} data-testid="account-row">
              <th scope="row">{r.account === '' ? t('summary.accounts.noAccount') : r.account}</th>
              <td className="num">{fmt.money(r.longCents)}</td>
              {shorts && <td className={moneyClass(r.shortCents)}>{fmt.money(r.shortCents)}</td>}
              <td className={moneyClass(r.loanCents)}>{fmt.money(r.loanCents)}</td>
              <td className={moneyClass(r.netCents)}>{fmt.money(r.netCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="totals-list">
        <div>
          <dt>{t('summary.accounts.loanTotal')}</dt>
          <dd className={moneyClass(valuation.loanBaseCents)} data-testid="loan-total">
            {fmt.money(valuation.loanBaseCents)}
          </dd>
        </div>
        <div className="is-strong">
          <dt>{t('summary.accounts.equity')}</dt>
          <dd className={moneyClass(valuation.totalBaseCents)} data-testid="equity-total">
            {fmt.money(valuation.totalBaseCents)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
