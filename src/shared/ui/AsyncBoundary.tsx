import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState, Skeleton } from './states';
import { isChunkLoadError, reloadForFreshCode } from './chunkErrors';

interface Props {
  /** Skeleton shown while the content loads. */
  fallback: ReactNode;
  /** Re-query what failed (a recoil refresher) before showing the content again. */
  onRetry?: () => void;
  /** Compact error for a home widget, full for a page. */
  compact?: boolean;
  /** Render nothing on error (optional widgets that should simply step aside). */
  silent?: boolean;
  /** A page's own error view in place of the standard one (it gets the retry that re-queries). */
  renderError?: (error: unknown, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  error: unknown;
}

/** Suspense with a skeleton, and an error view with "Thử lại" that re-queries and re-renders. */
export class AsyncBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    if (import.meta.env.DEV) console.warn('AsyncBoundary caught', error, info.componentStack);
  }

  retry = () => {
    // Code that failed to download can only be fetched again by loading the page anew.
    if (isChunkLoadError(this.state.error) && reloadForFreshCode()) return;
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  /** What failed for want of a connection (data or code) tries again by itself when the connection returns. */
  private onOnline = () => {
    const e = this.state.error as { kind?: string } | null;
    if (e && (e.kind === 'network' || e.kind === 'timeout' || isChunkLoadError(e))) this.retry();
  };

  componentDidMount() {
    window.addEventListener('online', this.onOnline);
  }

  componentWillUnmount() {
    window.removeEventListener('online', this.onOnline);
  }

  render() {
    if (this.state.error) {
      if (this.props.silent) return null;
      if (this.props.renderError) return this.props.renderError(this.state.error, this.retry);
      return <ErrorState error={this.state.error} onRetry={this.retry} compact={this.props.compact} />;
    }
    return <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>;
  }
}

/**
 * The boundary of one home widget: its placeholder while it loads, a compact error with "Thử lại"
 * if it fails. A widget passes `onRetry` refreshing its own queries: recoil keeps a failed
 * query's error until it is refreshed, so a retry that only re-renders would fail again.
 */
export function WidgetBoundary({ onRetry, children }: { onRetry?: () => void; children: ReactNode }) {
  return (
    <AsyncBoundary compact fallback={<Skeleton height={96} radius={14} style={{ margin: '1rem 0' }} />} onRetry={onRetry}>
      {children}
    </AsyncBoundary>
  );
}
