import { useEffect, useState, type FormEvent } from 'react';
import type { OfficerProfile, OfficerSession } from '../src/contract/officers';
import { ApiError, call, get, post, session, whenSignedOut } from './api';
import { DossierDesk } from './DossierDesk';
import { FeedbackDesk } from './FeedbackDesk';
import { Figures } from './Figures';
import { Outbox } from './Outbox';
import { fieldError } from './ui';
import { Logo } from './Logo';

/** Where the console is: `#/ho-so/<code>`, `#/phan-anh`, `#/so-lieu`, `#/tin-zalo`. */
const readHash = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);

export function useHashRoute(): [string[], (path: string) => void] {
  const [parts, setParts] = useState(readHash);
  useEffect(() => {
    const on = () => setParts(readHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return [parts, (path: string) => (location.hash = `#/${path}`)];
}

function SignIn({ onSignedIn, notice }: { onSignedIn: (s: OfficerSession) => void; notice: string | null }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await post<OfficerSession>('/api/officer/session', { username, password }));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', 'Chưa đăng nhập được. Vui lòng thử lại.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="cs-signin">
      <form className="lc-card cs-signin-card" onSubmit={submit} noValidate>
        <div className="cs-brand">
          <Logo />
          <div>
            <h1>Bàn làm việc cán bộ</h1>
            <p className="lc-muted">Lào Cai số · tiếp nhận, xử lý hồ sơ và phản ánh</p>
          </div>
        </div>
        {notice && <p className="cs-note">{notice}</p>}
        <label className="cs-field">
          <span>Tên đăng nhập</span>
          <input autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} aria-invalid={!!fieldError(error, 'username')} />
          {fieldError(error, 'username') && <small className="cs-field-error">{fieldError(error, 'username')}</small>}
        </label>
        <label className="cs-field">
          <span>Mật khẩu</span>
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} aria-invalid={!!fieldError(error, 'password')} />
          {fieldError(error, 'password') && <small className="cs-field-error">{fieldError(error, 'password')}</small>}
        </label>
        {error && error.details.length === 0 && (
          <p className="cs-form-error" role="alert">
            {error.message}
          </p>
        )}
        <button type="submit" className="lc-button lc-button--block" disabled={busy}>
          {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
        <p className="lc-muted cs-small">Tài khoản do quản trị hệ thống cấp cho từng cơ quan. Nhập sai mật khẩu 5 lần liên tiếp, đăng nhập bị tạm khóa 15 phút.</p>
      </form>
    </main>
  );
}

const ROLE_LABEL: Record<OfficerProfile['role'], string> = { officer: 'Cán bộ', leader: 'Lãnh đạo', admin: 'Quản trị' };

const TABS = [
  { path: 'ho-so', label: 'Hồ sơ' },
  { path: 'phan-anh', label: 'Phản ánh' },
  { path: 'so-lieu', label: 'Số liệu' },
  { path: 'tin-zalo', label: 'Tin đã gửi qua Zalo' },
] as const;

export function App() {
  const [me, setMe] = useState<OfficerProfile | null>(null);
  const [checking, setChecking] = useState(() => session.get() !== null);
  const [notice, setNotice] = useState<string | null>(null);
  const [route, go] = useHashRoute();

  useEffect(() => {
    whenSignedOut(() => {
      setMe(null);
      setNotice('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    });
    if (!session.get()) return;
    get<OfficerProfile>('/api/officer/me')
      .then(setMe, () => session.clear())
      .finally(() => setChecking(false));
  }, []);

  if (checking) return <p className="cs-boot">Đang mở bàn làm việc…</p>;
  if (!me) {
    return (
      <SignIn
        notice={notice}
        onSignedIn={(s) => {
          session.set(s.token);
          setNotice(null);
          setMe(s.officer);
          if (!location.hash) go('ho-so');
        }}
      />
    );
  }

  const signOut = async () => {
    await call('DELETE', '/api/officer/session').catch(() => {});
    session.clear();
    setMe(null);
    setNotice('Bạn đã đăng xuất.');
  };

  const [section = 'ho-so', item] = route;
  return (
    <div className="cs-shell">
      <header className="cs-top">
        <Logo />
        <div className="cs-who">
          <strong>{me.agency?.name ?? 'Tất cả cơ quan'}</strong>
          <span className="lc-muted">
            {me.displayName} · {ROLE_LABEL[me.role]}
          </span>
        </div>
        <nav className="cs-tabs" aria-label="Mục làm việc">
          {TABS.map((t) => (
            <a key={t.path} href={`#/${t.path}`} className={`cs-tab${section === t.path ? ' cs-tab--on' : ''}`} aria-current={section === t.path ? 'page' : undefined}>
              {t.label}
            </a>
          ))}
        </nav>
        <button type="button" className="lc-button lc-button--secondary cs-signout" onClick={signOut}>
          Đăng xuất
        </button>
      </header>
      <main className="cs-main">
        {section === 'ho-so' && <DossierDesk me={me} code={item ?? null} open={(code) => go(code ? `ho-so/${encodeURIComponent(code)}` : 'ho-so')} />}
        {section === 'phan-anh' && <FeedbackDesk me={me} code={item ?? null} open={(code) => go(code ? `phan-anh/${encodeURIComponent(code)}` : 'phan-anh')} />}
        {section === 'so-lieu' && <Figures me={me} />}
        {section === 'tin-zalo' && <Outbox />}
      </main>
    </div>
  );
}
