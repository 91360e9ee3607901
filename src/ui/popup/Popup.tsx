/** The page report: the risk level of the tab's page and each warning with its quote. */
import { useEffect, useState } from 'preact/hooks';
import type { ReportReply } from '../../shared/report';
import { loadReport, resolveTabId } from './load-report';

const LEVEL_TEXT = {
  none: 'Nothing about stem cell treatment on this page',
  low: 'Low risk',
  moderate: 'Moderate risk',
  high: 'High risk',
} as const;

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'reply'; reply: ReportReply };

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await resolveTabId(location.search);
      if (tabId === null) return setState({ kind: 'error', message: 'No tab to report on.' });
      setState({ kind: 'reply', reply: await loadReport(tabId) });
    })().catch((error: unknown) => setState({ kind: 'error', message: String(error) }));
  }, []);

  if (state.kind === 'loading') return <main><p>Scanning…</p></main>;
  if (state.kind === 'error') return <main><p role="alert">{state.message}</p></main>;
  const { reply } = state;
  if (reply.status === 'restricted') return <main><h1>StemCheck</h1><p>StemCheck is not available on this page.</p></main>;
  if (reply.status === 'none') return <main><h1>StemCheck</h1><p>No report yet for this page. Reload it to scan.</p></main>;
  const { assessment } = reply.report;
  const claims = assessment.findings.filter((f) => !f.mention);
  return (
    <main>
      <h1 data-testid="risk-level" data-risk={assessment.risk}>
        {assessment.topic ? LEVEL_TEXT[assessment.risk] : LEVEL_TEXT.none}
      </h1>
      <p data-testid="score">Score {assessment.score} / 100</p>
      <ul data-testid="findings">
        {claims.map((f) => (
          <li key={`${f.rule}:${f.start}`}>
            <strong>{f.family}</strong>: <q>{f.quote}</q>
          </li>
        ))}
      </ul>
    </main>
  );
}
