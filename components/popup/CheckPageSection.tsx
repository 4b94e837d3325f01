import { useState } from 'react';
import type { PageCheckResult } from '@/utils/protocol/tab';
import type { PopupClient } from './popup-client';
import { FindingItem } from './FindingItem';

/** "Check this page": the page's main article, checked in the page itself; the text stays there. */
export function CheckPageSection({ client, tabId }: { client: PopupClient; tabId: number }) {
  const [result, setResult] = useState<PageCheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = () => {
    setBusy(true);
    setError(null);
    client.checkPage(tabId).then(
      (r) => {
        setResult(r);
        setBusy(false);
      },
      (err: unknown) => {
        setError(err instanceof Error ? err.message : String(err));
        setBusy(false);
      },
    );
  };

  return (
    <section className="card" aria-labelledby="check-h" data-section="check-page">
      <h2 id="check-h">Check this page</h2>
      <button type="button" data-action="check-page" onClick={run} disabled={busy}>
        {busy ? 'Checking…' : 'Check the article on this page'}
      </button>
      {error && (
        <p className="failure" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div aria-live="polite" data-field="check-result" data-count={result.findings.length}>
          <p className="muted small">
            {result.title ? `“${result.title}”, ` : ''}
            {result.length.toLocaleString()} characters checked.
          </p>
          {result.findings.length === 0 ? (
            <p className="ok">Nothing to flag.</p>
          ) : (
            <ul className="findings">
              {result.findings.map((f, i) => (
                <FindingItem key={`${f.ruleId}-${f.start}-${i}`} finding={f} sentence={f.sentence} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
