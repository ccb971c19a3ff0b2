import type { ModelComparison } from '../../../shared/model/fit/fit-types';
import { pairCells, volCells } from '../../../shared/model/fit/fit-text';
import { useT } from '../i18n/use-t';
import { useFitFormatters } from './use-fit-formatters';

/** Correlation pairs shown; the rest are counted. */
export const PAIRS_SHOWN = 12;

/** The columns both tables share: what is compared, then default, fitted and change. */
function ComparisonHead({ first }: { first: 'fit.col.factor' | 'fit.col.pair' }) {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{t(first)}</th>
        <th scope="col" className="num">{t('fit.col.default')}</th>
        <th scope="col" className="num">{t('fit.col.fitted')}</th>
        <th scope="col" className="num">{t('fit.col.change')}</th>
      </tr>
    </thead>
  );
}

/** Every factor's annual vol: default, fitted (— when the file lacks it), change. */
export function VolsTable({ comparison }: { comparison: ModelComparison }) {
  const t = useT();
  const f = useFitFormatters();
  return (
    <div className="table-wrap">
      <table className="holdings compact fit-table" data-testid="fit-vols">
        <caption>{t('models.volsCaption')}</caption>
        <ComparisonHead first="fit.col.factor" />
        <tbody>
          {comparison.vols.map((r) => {
            const [code, def, fitted, change] = volCells(r, t, f);
            return (
              <tr key={r.factor} data-factor={r.factor} className={r.fitted === null ? 'is-default' : undefined}>
                <th scope="row">
                  <span translate="no">{code}</span> <span className="fit-factor-name">{t(`results.factor.${r.factor}`)}</span>
                </th>
                <td className="num">{def}</td>
                <td className="num">{fitted}</td>
                <td className="num">{change}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('fit.volsNote')}</p>
    </div>
  );
}

/** The correlations that moved most. */
export function PairsTable({ comparison }: { comparison: ModelComparison }) {
  const t = useT();
  const f = useFitFormatters();
  const shown = comparison.pairs.slice(0, PAIRS_SHOWN);
  const more = comparison.pairs.length - shown.length;
  if (shown.length === 0) return <p className="hint">{t('fit.noPairs')}</p>;
  return (
    <div className="table-wrap">
      <table className="holdings compact fit-table" data-testid="fit-pairs">
        <caption>{t('models.pairsCaption')}</caption>
        <ComparisonHead first="fit.col.pair" />
        <tbody>
          {shown.map((p) => {
            const [pair, def, fitted, change] = pairCells(p, t, f);
            return (
              <tr key={`${p.a}-${p.b}`}>
                <th scope="row" translate="no">{pair}</th>
                <td className="num">{def}</td>
                <td className="num">{fitted}</td>
                <td className="num">{change}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more > 0 && <p className="hint">{t('models.pairsMore', { count: f.whole(more) })}</p>}
    </div>
  );
}
