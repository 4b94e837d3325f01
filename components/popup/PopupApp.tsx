import { useCallback, useEffect, useState } from 'react';
import type { PackStatus } from '@/utils/protocol/pack';
import type { EffectiveSettings } from '@/utils/protocol/settings';
import type { TabFindings } from '@/utils/protocol/tab';
import { Banner } from '@/components/ui/Banner';
import type { CurrentTab, PopupClient } from './popup-client';
import { PackSection } from './PackSection';
import { SiteSection } from './SiteSection';
import { FindingsSection } from './FindingsSection';
import { CheckPageSection } from './CheckPageSection';

export interface PopupData {
  tab: CurrentTab | null;
  status: PackStatus | null;
  settings: EffectiveSettings | null;
  findings: TabFindings | null;
}

export function PopupApp({ client }: { client: PopupClient }) {
  const [data, setData] = useState<PopupData>({ tab: null, status: null, settings: null, findings: null });
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(async () => {
    try {
      const tab = await client.currentTab();
      const [status, settings, findings] = await Promise.all([client.packStatus(), client.settings(), tab ? client.tabFindings(tab.id) : Promise.resolve(null)]);
      setData({ tab, status, settings, findings });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setLoaded(true);
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="popup" aria-busy={!loaded}>
      <header className="popup-head">
        <h1>DraftGuard</h1>
      </header>
      {error && <Banner>{error}</Banner>}
      {data.status && <PackSection status={data.status} />}
      {data.tab && data.settings && (
        <SiteSection client={client} tab={data.tab} settings={data.settings} findings={data.findings} onChange={(settings) => setData((d) => ({ ...d, settings }))} />
      )}
      {data.findings && <FindingsSection findings={data.findings} />}
      {data.tab && <CheckPageSection client={client} tabId={data.tab.id} />}
      <footer className="popup-foot">
        <button type="button" className="link" onClick={() => void client.openHistory()}>
          Flagged-draft history
        </button>
      </footer>
    </main>
  );
}
