import { Component, type ReactNode } from 'react';
import { Icon } from '@/shared/ui';

interface State {
  error: unknown;
}

/**
 * The last net: a page that crashed shows a friendly explanation with "Thử lại" and a way home,
 * never a blank screen. A page whose code failed to download (new version, lost signal) reloads.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown) {
    console.error('Lỗi hiển thị trang', error);
  }

  private isChunkError(): boolean {
    const e = this.state.error as { message?: string } | null;
    return !!e?.message && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(e.message);
  }

  retry = () => {
    if (this.isChunkError()) window.location.reload();
    else this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="lc-page">
        <div className="lc-page-body lc-state lc-state--error" role="alert" style={{ paddingTop: '4rem' }}>
          <div className="lc-state-icon">
            <Icon name="alert" size={36} />
          </div>
          <h1 className="lc-state-title">Xin lỗi, trang này gặp sự cố</h1>
          <p className="lc-state-text">
            {this.isChunkError()
              ? 'Không tải được trang, có thể do mạng yếu. Hãy thử lại khi có sóng.'
              : 'Ứng dụng đã ghi nhận lỗi. Bạn có thể thử lại, hoặc về trang chủ để tiếp tục.'}
          </p>
          <button type="button" className="lc-button" onClick={this.retry}>
            <Icon name="refresh" size={18} /> Thử lại
          </button>
          <a
            className="lc-button lc-button--secondary"
            href="./"
            onClick={() => this.setState({ error: null })}
            style={{ marginTop: 8 }}
          >
            Về trang chủ
          </a>
        </div>
      </div>
    );
  }
}
