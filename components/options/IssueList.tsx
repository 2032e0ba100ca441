export interface IssueListProps {
  title: string;
  issues: string[];
  testId?: string;
}

/** Located problems (a pack that was refused, a rule that was not saved), announced when they appear. */
export function IssueList({ title, issues, testId }: IssueListProps) {
  return (
    <div className="fo-issues" role="alert" data-testid={testId}>
      <p>{title}</p>
      <ul>
        {issues.map((text, i) => (
          <li key={i} data-testid="issue">
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
