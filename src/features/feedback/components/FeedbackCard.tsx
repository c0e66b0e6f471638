import { Link } from 'react-router-dom';
import type { FeedbackSummary } from '@contract/feedback';
import { apiUrl } from '@/shared/api';
import { formatRelative } from '@/shared/format';
import { paths } from '@/shared/routes';
import { Icon } from '@/shared/ui';
import { statusTone } from '../format';

export function StatusBadge({ status, label }: { status: FeedbackSummary['status']; label: string }) {
  return <span className={statusTone(status)}>{label}</span>;
}

/** One report in a list: what, where, when, and where it stands. Every text is rendered as text. */
export function FeedbackCard({ item, extra }: { item: FeedbackSummary; extra?: string }) {
  return (
    <li>
      <Link to={paths.feedbackItem(item.code)} className="fb-card">
        {item.thumbnailUrl ? (
          <img className="fb-card-thumb" src={apiUrl(item.thumbnailUrl)} alt="" loading="lazy" />
        ) : (
          <span className="fb-card-thumb fb-card-thumb--empty" aria-hidden="true">
            <Icon name="megaphone" size={26} />
          </span>
        )}
        <span className="fb-card-body">
          <span className="fb-card-title">{item.title}</span>
          <span className="fb-card-meta">
            <StatusBadge status={item.status} label={item.statusLabel} />
            {item.hasAnswer && item.status !== 'answered' && item.status !== 'closed' ? <span className="lc-badge">Có trả lời</span> : null}
          </span>
          <span className="fb-card-sub lc-muted">
            {item.categoryName} · {item.areaName} · {formatRelative(item.createdAt)}
            {extra ? ` · ${extra}` : ''}
          </span>
        </span>
      </Link>
    </li>
  );
}
