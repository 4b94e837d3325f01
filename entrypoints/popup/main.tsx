import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/ui/theme.css';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { browserPopupClient } from '@/components/popup/popup-client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp client={browserPopupClient} />
  </StrictMode>,
);
