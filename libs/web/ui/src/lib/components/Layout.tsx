import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { UI_NS } from '../ui.resources';
import { GetHelpLink } from './GetHelpLink';

export interface LayoutProps {
  /** Links of the main navigation (list items are added here). */
  nav: ReactNode[];
  /** Controls at the end of the header, such as the language switcher. */
  tools?: ReactNode;
  children: ReactNode;
}

/** Skip link, header (name, navigation, Get help now), the main landmark and a footer. */
export function Layout({ nav, tools, children }: LayoutProps) {
  const { t } = useTranslation(UI_NS);
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="site-header__brand">
            {t('layout.brand')}
          </Link>
          <GetHelpLink />
        </div>
        <div className="site-header__bar site-header__bar--secondary">
          <nav aria-label={t('layout.navLabel')} className="site-nav">
            <ul>
              {nav.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </nav>
          {tools ? <div className="site-header__tools">{tools}</div> : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}
