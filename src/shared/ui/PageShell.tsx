import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { Icon } from './icons';
import { PullToRefresh } from './PullToRefresh';
import { useHeaderTone } from './headerTone';

export interface PageShellProps {
  title: ReactNode;
  /** Show a back button (default). Tab pages set false. */
  back?: boolean;
  /** Buttons at the right of the header. */
  actions?: ReactNode;
  /** Pull to refresh: called when the user pulls the page down from the top. */
  onRefresh?: () => Promise<unknown>;
  /** A coloured header for the home page and hero pages. */
  tone?: 'plain' | 'brand';
  children: ReactNode;
}

/** Goes back within the app; a page opened directly (deep link, QR) goes home instead. */
export function useGoBack() {
  const navigate = useNavigate();
  return () => {
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (idx > 0) navigate(-1);
    else navigate('/', { replace: true });
  };
}

/**
 * Every page: a header kept clear of the status bar (safe area) and, inside Zalo, of Zalo's ⋯/✕
 * capsule at its right (see ui.css), the content, and room at the bottom for the navigation bar
 * and the phone's home indicator.
 */
export function PageShell({ title, back = true, actions, onRefresh, tone = 'plain', children }: PageShellProps) {
  const goBack = useGoBack();
  useHeaderTone(tone);
  const body = <div className="lc-page-body">{children}</div>;
  return (
    <div className={`lc-page lc-page--${tone}`}>
      <header className="lc-header">
        {back && (
          <button type="button" className="lc-icon-button" onClick={goBack} aria-label="Quay lại">
            <Icon name="back" />
          </button>
        )}
        <h1 className="lc-header-title">{title}</h1>
        {actions && <div className="lc-header-actions">{actions}</div>}
      </header>
      {onRefresh ? <PullToRefresh onRefresh={onRefresh}>{body}</PullToRefresh> : body}
    </div>
  );
}
