import type { TabFindings } from '@/utils/protocol/tab';
import { FindingItem } from './FindingItem';

/** What the compose boxes of the current tab hold right now. */
export function FindingsSection({ findings }: { findings: TabFindings }) {
  const all = findings.composers.flatMap((c) => c.findings);
  return (
    <section className="card" aria-labelledby="findings-h" data-section="findings">
      <h2 id="findings-h">Your drafts on this page</h2>
      {findings.reason && <p className="muted">{findings.reason}</p>}
      {findings.composers.length === 0 ? (
        <p className="muted">No draft being written here.</p>
      ) : all.length === 0 ? (
        <p className="ok">Nothing to flag.</p>
      ) : (
        <ul className="findings" data-count={all.length}>
          {all.map((f, i) => (
            <FindingItem key={`${f.ruleId}-${f.start}-${i}`} finding={f} />
          ))}
        </ul>
      )}
    </section>
  );
}
