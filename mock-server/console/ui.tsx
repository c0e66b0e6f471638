import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, get } from './api';

/** What a GET gave: the data, a failure in words, and a way to ask again. */
export function useData<T>(path: string | null): { data: T | null; error: ApiError | null; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: path !== null });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    if (path === null) return;
    const mine = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    get<T>(path).then(
      (data) => mine === latest.current && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        mine === latest.current &&
        setState((s) => ({ data: s.data, error: error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', 'Đã có lỗi. Vui lòng thử lại.'), loading: false })),
    );
  }, [path, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

export function SkeletonRows({ rows = 5, label }: { rows?: number; label: string }) {
  return (
    <div className="lc-skeleton-list" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="lc-skeleton-row">
          <div className="lc-skeleton-lines">
            <span className="lc-skeleton" style={{ width: '55%', height: 14, borderRadius: 6 }} />
            <span className="lc-skeleton" style={{ width: '85%', height: 12, borderRadius: 6 }} />
          </div>
        </div>
      ))}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="lc-state lc-state--compact lc-state--error" role="alert">
      <p className="lc-state-title">Chưa tải được</p>
      <p className="lc-state-text">{error.message}</p>
      {onRetry && (
        <button type="button" className="lc-button lc-button--secondary" onClick={onRetry}>
          Thử lại
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, text }: { title: string; text?: string }) {
  return (
    <div className="lc-state lc-state--compact">
      <p className="lc-state-title">{title}</p>
      {text && <p className="lc-state-text">{text}</p>}
    </div>
  );
}

export function Badge({ tone, children }: { tone: 'danger' | 'warn' | 'ok' | 'muted'; children: ReactNode }) {
  const cls = tone === 'danger' ? 'lc-badge lc-badge--danger' : tone === 'warn' ? 'lc-badge lc-badge--warn' : tone === 'muted' ? 'lc-badge cs-badge--muted' : 'lc-badge';
  return <span className={cls}>{children}</span>;
}

/** A field's error from the server's `details`, by path. */
export const fieldError = (error: ApiError | null, path: string) => error?.details.find((d) => d.path === path)?.message;

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="cs-pager" aria-label="Trang">
      <button type="button" className="lc-chip" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ‹ Trước
      </button>
      <span className="lc-muted">
        Trang {page}/{pages}
      </span>
      <button type="button" className="lc-chip" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Sau ›
      </button>
    </nav>
  );
}
