import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useRecoilState } from 'recoil';
import { findDossierCode } from '@contract/codes';
import { paths } from '@/shared/routes';
import { Icon, PageShell, Section } from '@/shared/ui';
import { recentLookupsState } from '../state';
import '../dossiers.css';

/** A code as printed on the receipt, found inside whatever was typed or pasted (even an escaped link). */
export function findDossierCodeIn(input: string): string | null {
  let text = input;
  try {
    text = decodeURIComponent(input);
  } catch {
    // A stray % is not an escape: read the text as it is.
  }
  return findDossierCode(text);
}

function Recent() {
  const [recent, setRecent] = useRecoilState(recentLookupsState);
  if (recent.length === 0) return null;
  return (
    <Section title="Đã tra cứu gần đây">
      <ul className="lc-link-list">
        {recent.map((code) => (
          <li key={code} className="dsr-recent">
            <Link to={paths.dossier(code)} className="lc-link-row">
              <Icon name="document" className="lc-row-icon" />
              <span className="dsr-code">{code}</span>
            </Link>
            <button type="button" className="lc-icon-button" aria-label={`Xóa ${code} khỏi danh sách`} onClick={() => setRecent((r) => r.filter((c) => c !== code))}>
              <Icon name="close" size={18} />
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Look a dossier up by the code on its receipt, or scan the receipt's QR code. */
export default function TrackPage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const code = findDossierCodeIn(text);
    if (!code) {
      setError(text.trim() ? 'Mã hồ sơ chưa đúng dạng. Mã gồm mã cơ quan, ngày nộp và số thứ tự, ví dụ 000.02.31.H38-261118-0001.' : 'Vui lòng nhập mã hồ sơ.');
      return;
    }
    navigate(paths.dossier(code));
  };
  return (
    <PageShell title="Tra cứu hồ sơ">
      <form className="lc-card dsr-track" onSubmit={submit} noValidate role="search">
        <label htmlFor="dsr-code" className="dsr-label">
          Mã hồ sơ
        </label>
        <input
          id="dsr-code"
          className="dsr-input dsr-code-input"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          placeholder="000.02.31.H38-261118-0001"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'dsr-code-error' : 'dsr-code-hint'}
        />
        {error ? (
          <p id="dsr-code-error" className="dsr-error" role="alert">
            {error}
          </p>
        ) : (
          <p id="dsr-code-hint" className="dsr-hint lc-muted">
            Mã in trên giấy tiếp nhận hoặc trong tin nhắn khi bạn nộp hồ sơ. Ai cũng tra cứu được tình trạng; thông tin cá nhân được che.
          </p>
        )}
        <button type="submit" className="lc-button lc-button--block">
          <Icon name="search" size={20} /> Tra cứu
        </button>
        <Link to={paths.scan} className="lc-button lc-button--secondary lc-button--block">
          <Icon name="qr" size={20} /> Quét mã QR trên giấy tiếp nhận
        </Link>
      </form>
      <Section title="Hồ sơ của tôi">
        <ul className="lc-link-list">
          <li>
            <Link to={paths.myDossiers} className="lc-link-row">
              <Icon name="user" className="lc-row-icon" />
              <span>Xem các hồ sơ tôi đã nộp</span>
              <Icon name="forward" size={18} />
            </Link>
          </li>
        </ul>
      </Section>
      <Recent />
    </PageShell>
  );
}
