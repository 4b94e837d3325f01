import { useState } from 'react';
import type { HistoryTextMode } from '@/utils/protocol/settings';
import { t, type MessageKey } from '@/components/ui/i18n';
import { LockedNote } from '@/components/ui/LockedNote';
import type { SectionProps } from './section-props';
import { toStorageError } from '@/utils/db/errors';
import { parseRetention, RETENTION_MAX, RETENTION_MIN } from './validate';

const MODES: { mode: HistoryTextMode; label: MessageKey; help: MessageKey }[] = [
  { mode: 'masked', label: 'textModeMasked', help: 'textModeMaskedHelp' },
  { mode: 'none', label: 'textModeNone', help: 'textModeNoneHelp' },
  { mode: 'full', label: 'textModeFull', help: 'textModeFullHelp' },
];

export function HistorySection({ eff, save, restrictHistory }: SectionProps & { restrictHistory?: (mode: HistoryTextMode) => Promise<number> }) {
  const modeLocked = eff.locked.includes('historyTextMode');
  const retentionLocked = eff.locked.includes('retentionDays');
  // The field keeps what was typed until it is valid and saved, so a mistake loses nothing.
  const [retention, setRetention] = useState(String(eff.settings.retentionDays));
  const [error, setError] = useState<MessageKey | null>(null);
  const [modeNote, setModeNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const changeMode = async (mode: HistoryTextMode) => {
    setModeNote(null);
    if (!(await save({ historyTextMode: mode })) || !restrictHistory) return;
    try {
      const n = await restrictHistory(mode);
      if (n > 0) setModeNote({ kind: 'ok', text: t('textModeApplied', n) });
    } catch (err) {
      setModeNote({ kind: 'error', text: toStorageError(err).message });
    }
  };

  const submit = async () => {
    const parsed = parseRetention(retention);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    await save({ retentionDays: parsed.value });
  };

  return (
    <fieldset>
      <legend>{t('historyHeading')}</legend>
      <p>
        <a href="history.html">{t('openHistory')}</a>
      </p>
      <fieldset>
        <legend>
          {t('textModeLegend')}
          {modeLocked && <LockedNote />}
        </legend>
        {MODES.map(({ mode, label, help }) => (
          <label key={mode} className="check">
            <input
              type="radio"
              name="historyTextMode"
              value={mode}
              checked={eff.settings.historyTextMode === mode}
              disabled={modeLocked}
              onChange={() => void changeMode(mode)}
              aria-describedby={`mode-help-${mode}`}
            />
            <span>
              {t(label)} <span id={`mode-help-${mode}`} className="muted">{t(help)}</span>
            </span>
          </label>
        ))}
        <p className="muted">{t('textModeOlder')}</p>
        {modeNote && (
          <p role={modeNote.kind === 'error' ? 'alert' : 'status'} className={modeNote.kind === 'error' ? 'error' : undefined}>
            {modeNote.text}
          </p>
        )}
      </fieldset>
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor="retention">
          {t('retentionLabel')}
          {retentionLocked && <LockedNote />}
        </label>
        <span>
          <input
            id="retention"
            inputMode="numeric"
            value={retention}
            disabled={retentionLocked}
            aria-invalid={error !== null}
            aria-describedby="retention-help"
            onChange={(e) => setRetention(e.target.value)}
            size={6}
          />{' '}
          <button type="submit" disabled={retentionLocked}>
            {t('save')}
          </button>
        </span>
        <span id="retention-help" className={error ? 'error' : 'muted'}>
          {error ? t(error, RETENTION_MIN, RETENTION_MAX) : t('retentionHelp')}
        </span>
      </form>
    </fieldset>
  );
}
