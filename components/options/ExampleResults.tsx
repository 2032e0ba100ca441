import type { ExampleOutcome } from '../../lib/rule-pack/validate';
import { useStrings } from '../strings';

/** The custom rule tried on its examples: one row per example, passed or not, and what it found. */
export function ExampleResults({ results }: { results: ExampleOutcome[] }) {
  const t = useStrings();
  return (
    <table className="fo-table fo-results" data-testid="example-results">
      <caption>{t.testResults}</caption>
      <thead>
        <tr>
          <th scope="col">{t.testKind}</th>
          <th scope="col">{t.testExample}</th>
          <th scope="col">{t.testOutcome}</th>
          <th scope="col">{t.testFound}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={`${r.kind}-${r.index}`} data-testid="example-result" data-ok={r.ok} data-kind={r.kind}>
            <td>{r.kind === 'bad' ? t.testBad : t.testGood}</td>
            <td>{r.text}</td>
            <td className={r.ok ? 'fo-ok' : 'fo-fail'}>{r.ok ? t.testPass : t.testFail}</td>
            <td>{r.quotes.length ? r.quotes.join(t.listJoin) : t.testNothing}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
