import type { Finding } from '@/rules/types';

const LABEL = { block: 'Blocks posting', warn: 'Warning', info: 'Note' } as const;

export function FindingItem({ finding: f, sentence }: { finding: Finding; sentence?: string }) {
  return (
    <li className={`finding sev-${f.severity}`} data-rule-id={f.ruleId} data-severity={f.severity}>
      <span className="sev">{LABEL[f.severity]}</span> {f.message}
      {sentence && <q className="sentence">{sentence}</q>}
      {f.note && <p className="muted small">{f.note}</p>}
      {f.link && /^https?:\/\//.test(f.link) && (
        <a href={f.link} target="_blank" rel="noopener noreferrer">
          Policy
        </a>
      )}
    </li>
  );
}
