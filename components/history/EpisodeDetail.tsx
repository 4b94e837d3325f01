import type { EpisodeRecord } from '@/utils/db/tables/episodes';
import { t } from '@/components/ui/i18n';
import { siteName } from '@/components/options/sites';
import { highlightPieces } from './highlight';
import { categoryLabel, formatTime, outcomeHelp, outcomeLabel, severityLabel } from './labels';

interface Props {
  record: EpisodeRecord;
  onDelete(id: string): void;
}

function DraftText({ record }: { record: EpisodeRecord }) {
  if (record.text === null) return <p className="muted">{t('detailNoText')}</p>;
  return (
    <p className="draft" data-text-mode={record.textMode}>
      {highlightPieces(record.text, record.findings).map((p, i) =>
        p.findings ? (
          <mark key={i} className="finding" data-severity={p.severity}>
            {p.text}
            <sup>{p.findings.map((n) => n + 1).join(',')}</sup>
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/** One episode: its draft with findings highlighted, and each finding explained. */
export function EpisodeDetail({ record, onDelete }: Props) {
  return (
    <section className="detail" aria-labelledby="detail-heading">
      <h2 id="detail-heading" tabIndex={-1}>
        {t('detailHeading', formatTime(record.at), siteName(record.site))}
      </h2>
      <p className="muted">
        {t('detailPack', record.packId, record.packVersion)} · {t('detailOutcome', outcomeLabel(record.outcome))}
      </p>
      {record.textMode === 'masked' && <p className="muted">{t('detailMaskedNote')}</p>}
      <DraftText record={record} />
      <h3>{t('detailFindings')}</h3>
      <ol className="findings">
        {record.findings.map((f, i) => (
          <li key={i} data-rule-id={f.ruleId}>
            <strong className={`sev-${f.severity}`}>{severityLabel(f.severity)}</strong> · {categoryLabel(f.category)} · {f.message}
            <div className="muted">
              {t('detailRule', f.ruleId)} · {t('detailConfidence', Math.round(f.confidence * 100))} · {outcomeLabel(f.outcome)}: {outcomeHelp(f.outcome)}
            </div>
          </li>
        ))}
      </ol>
      {record.overrideReason !== undefined && (
        <p>
          <strong>{t('detailReason')}</strong> {record.overrideReason}
        </p>
      )}
      <button type="button" className="danger" onClick={() => onDelete(record.id)}>
        {t('deleteOne')}
      </button>
    </section>
  );
}
