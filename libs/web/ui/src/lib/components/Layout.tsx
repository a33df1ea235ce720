import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { UI_NS } from '../ui.resources';
import { GetHelpLink } from './GetHelpLink';
import { useNavCount } from './nav-counts';
import { useDisclosure } from './useDisclosure';

export interface LayoutProps {
  /** Links of the main navigation (list items are added here). */
  nav: ReactNode[];
  /** Controls at the end of the header, such as the language switcher. */
  tools?: ReactNode;
  children: ReactNode;
}

/**
 * Skip link, header, the main landmark and a footer. On a phone the header is one line, name, Get help now
 * and a Menu button (with the count of what waits inside) that opens the navigation; on wider screens the
 * navigation shows in full and the button is hidden.
 */
export function Layout({ nav, tools, children }: LayoutProps) {
  const { t } = useTranslation(UI_NS);
  const location = useLocation();
  const { open, toggle, buttonRef, panelRef } = useDisclosure(`${location.pathname}${location.search}`);
  const waiting = useNavCount();
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
          <div className="site-header__actions">
            <GetHelpLink />
            <button
              type="button"
              ref={buttonRef}
              className="menu-button"
              aria-expanded={open}
              aria-controls="site-menu"
              aria-label={waiting > 0 ? t('layout.menuWaiting', { count: waiting }) : undefined}
              onClick={toggle}
            >
              {t('layout.menu')}
              {waiting > 0 ? (
                <span className="nav-badge" aria-hidden="true" data-testid="menu-badge">
                  {waiting > 99 ? '99+' : waiting}
                </span>
              ) : null}
            </button>
          </div>
        </div>
        <div
          id="site-menu"
          ref={panelRef}
          className={`site-header__bar site-header__bar--secondary site-menu${open ? ' site-menu--open' : ''}`}
        >
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
