import { useCallback, useEffect, useState } from 'react';
import type { EffectiveSettings, Settings } from '@/utils/protocol/settings';
import type { SettingsClient } from '@/components/ui/settings-client';
import { t } from '@/components/ui/i18n';

/**
 * Settings as the background answers them. A change is applied only from the background's answer, so
 * the page never shows a value that was not saved; a refusal keeps what the person typed and says why.
 */
export function useSettings(client: SettingsClient) {
  const [eff, setEff] = useState<EffectiveSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    client.get().then(
      (e) => !cancelled && setEff(e),
      (err: unknown) => !cancelled && setLoadError(t('settingsLoadFailed', err instanceof Error ? err.message : String(err))),
    );
    return () => {
      cancelled = true;
    };
  }, [client]);

  /** Runs a change; resolves true when the background accepted it. */
  const run = useCallback(async (change: () => Promise<EffectiveSettings>): Promise<boolean> => {
    try {
      setEff(await change());
      setStatus({ kind: 'saved', text: t('saved') });
      return true;
    } catch (err) {
      setStatus({ kind: 'error', text: t('saveFailed', err instanceof Error ? err.message : String(err)) });
      return false;
    }
  }, []);

  const save = useCallback((patch: Partial<Settings>) => run(() => client.set(patch)), [client, run]);
  const isLocked = useCallback((key: keyof Settings) => eff?.locked.includes(key) ?? false, [eff]);

  return { eff, loadError, status, run, save, isLocked };
}
