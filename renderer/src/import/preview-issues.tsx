import type { ImportIssue } from '../../../shared/domain/portfolio';
import { columnText, issueText } from '../../../shared/import/issue-text';
import { clipQuoted } from '../../../shared/text/clip-text';
import { useT } from '../i18n/use-t';
import { groupIssues } from './preview-model';

/** Every problem at once, most serious first, each with its physical line and column, severity, message (in the reader's language) and offending value. */
export function PreviewIssues({ issues }: { issues: ImportIssue[] }) {
  const t = useT();
  const groups = groupIssues(issues);
  return (
    <section aria-labelledby="import-issues-title">
      <h3 id="import-issues-title">{t('import.issuesTitle')}</h3>
      {groups.length === 0 ? (
        <p className="muted">{t('import.noIssues')}</p>
      ) : (
        <div className="table-wrap">
          <table className="holdings compact issues" data-testid="import-issues">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('import.col.line')}
                </th>
                <th scope="col">{t('import.col.column')}</th>
                <th scope="col">{t('import.col.severity')}</th>
                <th scope="col">{t('import.col.message')}</th>
                <th scope="col">{t('import.col.value')}</th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.severity} className={`issue-group severity-${group.severity}`}>
                {group.issues.map((issue, i) => (
                  <tr key={i} data-testid="import-issue" data-severity={issue.severity} data-line={issue.line ?? ''}>
                    <td className="num">{issue.line ?? <span className="muted">{t('import.wholeFile')}</span>}</td>
                    <td className="issue-column" data-testid="import-issue-column">
                      {columnText(issue.column, t)}
                    </td>
                    <td>
                      <span className={`badge badge-${issue.severity}`}>{t(`import.severity.${issue.severity}`)}</span>
                    </td>
                    <td className="issue-message">{issueText(issue, t)}</td>
                    <td className="issue-value">{issue.value !== undefined && <code title={issue.value.length <= 1000 ? issue.value : undefined}>{clipQuoted(issue.value)}</code>}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
