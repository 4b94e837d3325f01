import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/ui/theme.css';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { backgroundSettingsClient } from '@/components/ui/settings-client';
import { localizeDocument } from '@/components/ui/localize-document';

localizeDocument('welcomeTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WelcomeApp client={backgroundSettingsClient} />
  </StrictMode>,
);
