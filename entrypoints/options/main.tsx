import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/ui/theme.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { backgroundSettingsClient } from '@/components/ui/settings-client';
import { purgeExpired, restrictStoredText } from '@/utils/db/episodes';
import { localizeDocument } from '@/components/ui/localize-document';

localizeDocument('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp client={backgroundSettingsClient} purge={purgeExpired} restrictHistory={restrictStoredText} />
  </StrictMode>,
);
