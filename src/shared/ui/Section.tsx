import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Icon } from './icons';

/** A titled block of a page, with an optional "Xem tất cả" link. */
export function Section({ title, moreTo, moreLabel = 'Xem tất cả', children }: { title: string; moreTo?: string; moreLabel?: string; children: ReactNode }) {
  return (
    <section className="lc-section">
      <div className="lc-section-head">
        <h2 className="lc-section-title">{title}</h2>
        {moreTo && (
          <Link to={moreTo} className="lc-section-more">
            {moreLabel} <Icon name="forward" size={16} />
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}
