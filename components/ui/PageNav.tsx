import { t } from './i18n';

export type PageId = 'history' | 'options' | 'welcome';

/** Links between the extension pages (relative: they share the extension's root). */
export function PageNav({ current }: { current: PageId }) {
  const links: { id: PageId; href: string; label: string }[] = [
    { id: 'history', href: 'history.html', label: t('navHistory') },
    { id: 'options', href: 'options.html', label: t('navOptions') },
    { id: 'welcome', href: 'welcome.html', label: t('navWelcome') },
  ];
  return (
    <nav className="page-nav" aria-label={t('navLabel')}>
      {links.map((l) => (
        <a key={l.id} href={l.href} aria-current={l.id === current ? 'page' : undefined}>
          {l.label}
        </a>
      ))}
    </nav>
  );
}
