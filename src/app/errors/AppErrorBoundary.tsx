import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { Icon, isChunkLoadError, reloadForFreshCode } from '@/shared/ui';

interface Props {
  /** The page's address: going elsewhere leaves the error behind. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: unknown;
}

/**
 * The last net: a page that crashed shows a friendly explanation with "Thử lại" and a way home,
 * never a blank screen. A page whose code failed to download is loaded again: at once if the
 * phone is online (the failure was a passing one, or a new version replaced the files), else as
 * soon as the connection comes back, as the offline banner promises.
 */
class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown) {
    console.error('Lỗi hiển thị trang', error);
    if (isChunkLoadError(error) && navigator.onLine) reloadForFreshCode();
  }

  componentDidUpdate(prev: Props) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  componentDidMount() {
    window.addEventListener('online', this.onOnline);
  }

  componentWillUnmount() {
    window.removeEventListener('online', this.onOnline);
  }

  private onOnline = () => {
    if (isChunkLoadError(this.state.error)) reloadForFreshCode();
  };

  retry = () => {
    if (isChunkLoadError(this.state.error) && reloadForFreshCode()) return;
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    const chunk = isChunkLoadError(this.state.error);
    return (
      <div className="lc-page">
        <div className="lc-page-body lc-state lc-state--error" role="alert" style={{ paddingTop: '4rem' }}>
          <div className="lc-state-icon">
            <Icon name={chunk ? 'wifi-off' : 'alert'} size={36} />
          </div>
          <h1 className="lc-state-title">{chunk ? 'Chưa tải được trang này' : 'Xin lỗi, trang này gặp sự cố'}</h1>
          <p className="lc-state-text">
            {chunk
              ? 'Mạng đang yếu hoặc mất kết nối. Trang sẽ tự mở khi có mạng trở lại, hoặc bạn bấm Thử lại.'
              : 'Ứng dụng đã ghi nhận lỗi. Bạn có thể thử lại, hoặc về trang chủ để tiếp tục.'}
          </p>
          <button type="button" className="lc-button" onClick={this.retry}>
            <Icon name="refresh" size={18} /> Thử lại
          </button>
          <a className="lc-button lc-button--secondary" href="./" onClick={() => this.setState({ error: null })} style={{ marginTop: 8 }}>
            Về trang chủ
          </a>
        </div>
      </div>
    );
  }
}

/** The boundary around every page, reset when the address changes (Back, a link, a QR code). */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ErrorBoundary resetKey={pathname}>{children}</ErrorBoundary>;
}
