import type { ReactNode } from 'react';
import { Icon, type IconName } from './icons';
import { ApiError, errorMessage } from '../api/errors';

export function Skeleton({ width = '100%', height = 16, radius = 8, style }: { width?: number | string; height?: number | string; radius?: number; style?: React.CSSProperties }) {
  return <span className="lc-skeleton" style={{ width, height, borderRadius: radius, ...style }} aria-hidden="true" />;
}

/** Placeholder rows while a list loads; announced once to screen readers. */
export function SkeletonList({ count = 4, withImage = false }: { count?: number; withImage?: boolean }) {
  return (
    <div className="lc-skeleton-list" role="status" aria-label="Đang tải">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="lc-skeleton-row">
          {withImage && <Skeleton width={88} height={66} radius={10} />}
          <div className="lc-skeleton-lines">
            <Skeleton height={16} width="90%" />
            <Skeleton height={14} width="60%" />
            <Skeleton height={12} width="35%" />
          </div>
        </div>
      ))}
    </div>
  );
}

export function EmptyState({ icon = 'info', title, description, action }: { icon?: IconName; title: string; description?: ReactNode; action?: ReactNode }) {
  return (
    <div className="lc-state" role="status">
      <div className="lc-state-icon">
        <Icon name={icon} size={32} />
      </div>
      <p className="lc-state-title">{title}</p>
      {description && <p className="lc-state-text">{description}</p>}
      {action}
    </div>
  );
}

/** What went wrong, in words, and a way to try again. */
export function ErrorState({ error, onRetry, compact = false }: { error: unknown; onRetry?: () => void; compact?: boolean }) {
  const offline = error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout');
  return (
    <div className={`lc-state lc-state--error${compact ? ' lc-state--compact' : ''}`} role="alert">
      <div className="lc-state-icon">
        <Icon name={offline ? 'wifi-off' : 'alert'} size={compact ? 24 : 32} />
      </div>
      <p className="lc-state-title">{offline ? 'Mất kết nối' : 'Chưa tải được nội dung'}</p>
      <p className="lc-state-text">{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="lc-button lc-button--secondary" onClick={onRetry}>
          <Icon name="refresh" size={18} /> Thử lại
        </button>
      )}
    </div>
  );
}
