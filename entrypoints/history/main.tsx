import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/ui/theme.css';
import '@/components/history/history.css';
import { HistoryApp } from '@/components/history/HistoryApp';
import { dexieHistoryStore } from '@/components/history/history-store';
import { backgroundSettingsClient } from '@/components/ui/settings-client';
import { localizeDocument } from '@/components/ui/localize-document';

// Start of the page's own code: with the first-screen mark it splits page load from our work.
performance.mark('draftguard-history-start');
localizeDocument('historyTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HistoryApp store={dexieHistoryStore} settings={backgroundSettingsClient} listHeight={Math.max(320, window.innerHeight - 300)} />
  </StrictMode>,
);
