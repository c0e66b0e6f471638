import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useRecoilState } from 'recoil';
import type { QrResolution } from '@contract/qr';
import { Icon, PageShell, Section } from '@/shared/ui';
import { errorMessage } from '@/shared/api';
import { formatRelative } from '@/shared/format';
import { isZaloHost, openExternalLink, pickFiles, scanQRCode, showToast } from '@/shared/zalo';
import { resolveQr } from '../api';
import { addToHistory, scanHistoryState, type ScanRecord } from '../state';
import { KIND_LABEL, pathForItem } from '../targets';
import { CameraScanner } from '../components/CameraScanner';
import '../qr.css';

type Outcome = { text: string; result: QrResolution } | null;

function describe(result: QrResolution): string {
  if (result.kind === 'url') return `Liên kết tới ${result.domain}`;
  if (result.kind === 'unknown') return 'Nội dung chữ';
  return `${KIND_LABEL[result.kind]} ${result.id}`;
}

/** Scan a code (Zalo's scanner, or camera, picture or typing in a browser) and land on what it names. */
const TYPE_HINT = 'Hãy nhập mã hồ sơ (ví dụ 000.00.31.H38-261127-0001), mã phản ánh (PA-261127-0001) hoặc một liên kết.';

export default function ScanPage() {
  const navigate = useNavigate();
  const [history, setHistory] = useRecoilState(scanHistoryState);
  const [camera, setCamera] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [typed, setTyped] = useState('');
  const inZalo = isZaloHost();

  const open = useCallback(
    (text: string, result: QrResolution) => {
      if (result.kind !== 'url' && result.kind !== 'unknown' && result.found) navigate(pathForItem(result.kind, result.id));
      else setOutcome({ text, result });
    },
    [navigate],
  );

  /** `typed`: what the resident typed rather than what a code held; words that are no code are a mistake to point out. */
  const handleText = useCallback(
    async (text: string, typed = false) => {
      setCamera(false);
      setProblem(null);
      setOutcome(null);
      setBusy(true);
      try {
        const result = await resolveQr(text);
        if (typed && result.kind === 'unknown') {
          setProblem(`Không nhận ra mã “${text}”. ${TYPE_HINT}`);
          return;
        }
        setHistory((list) => addToHistory(list, { text, result, at: new Date().toISOString() }));
        open(text, result);
      } catch (e) {
        setProblem(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [open, setHistory],
  );

  const scanInZalo = async () => {
    setProblem(null);
    try {
      const text = await scanQRCode();
      if (text) await handleText(text);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  const fromPicture = async () => {
    setProblem(null);
    const [file] = await pickFiles('image/*', false);
    if (!file) return;
    setBusy(true);
    try {
      const { decodeImageFile } = await import('../decode');
      const text = await decodeImageFile(file);
      if (text) await handleText(text);
      else setProblem('Không đọc được mã QR trong ảnh này. Hãy chọn ảnh rõ nét hơn, chụp thẳng và đủ sáng.');
    } catch {
      setProblem('Không mở được ảnh này. Hãy chọn ảnh JPEG hoặc PNG.');
    } finally {
      setBusy(false);
    }
  };

  const submitTyped = (e: FormEvent) => {
    e.preventDefault();
    const text = typed.trim();
    if (!text) {
      setProblem(TYPE_HINT);
      return;
    }
    void handleText(text, true);
  };

  const onCameraProblem = useCallback((message: string) => {
    setCamera(false);
    setProblem(message);
  }, []);

  return (
    <PageShell title="Quét mã QR" back={false}>
      <div className="lc-card qr-actions">
        {camera ? (
          <>
            <CameraScanner onCode={handleText} onProblem={onCameraProblem} />
            <button type="button" className="lc-button lc-button--secondary lc-button--block" onClick={() => setCamera(false)}>
              Tắt máy ảnh
            </button>
          </>
        ) : (
          <>
            <p className="qr-lead">Quét mã trên giấy hẹn, biên nhận hồ sơ, phản ánh, bài báo hay bảng giới thiệu địa điểm để mở đúng thông tin.</p>
            <button type="button" className="lc-button lc-button--block" onClick={inZalo ? scanInZalo : () => setCamera(true)} disabled={busy}>
              <Icon name="camera" size={20} /> {inZalo ? 'Quét mã' : 'Mở máy ảnh để quét'}
            </button>
            <button type="button" className="lc-button lc-button--secondary lc-button--block" onClick={fromPicture} disabled={busy}>
              <Icon name="image" size={20} /> Chọn ảnh có mã QR
            </button>
          </>
        )}
        <form className="qr-type" onSubmit={submitTyped}>
          <label htmlFor="qr-text">Hoặc nhập mã</label>
          <div className="qr-type-row">
            <input
              id="qr-text"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              placeholder="Mã hồ sơ, phản ánh, liên kết"
              autoComplete="off"
              autoCapitalize="characters"
              enterKeyHint="search"
            />
            <button type="submit" className="lc-button" disabled={busy}>
              Tra cứu
            </button>
          </div>
        </form>
        {busy && (
          <p className="lc-muted" role="status">
            Đang tra cứu…
          </p>
        )}
        {problem && (
          <p className="qr-problem" role="alert">
            {problem}
          </p>
        )}
      </div>

      {outcome && <Outcome outcome={outcome} onClose={() => setOutcome(null)} />}

      <Section title="Đã quét gần đây">
        {history.length === 0 ? (
          <p className="lc-muted">Chưa quét mã nào. Các mã bạn quét sẽ hiện ở đây để mở lại nhanh.</p>
        ) : (
          <>
            <ul className="lc-link-list">
              {history.map((r: ScanRecord) => (
                <li key={r.at + r.text}>
                  <button type="button" className="lc-link-row" onClick={() => open(r.text, r.result)}>
                    <Icon name={r.result.kind === 'url' ? 'link' : r.result.kind === 'unknown' ? 'text' : 'qr'} className="lc-row-icon" />
                    <span className="qr-history-text">
                      <span className="qr-history-title">{describe(r.result)}</span>
                      <span className="lc-muted qr-history-time">{formatRelative(r.at)}</span>
                    </span>
                    <Icon name="forward" size={18} />
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="lc-button lc-button--secondary qr-clear"
              onClick={() => {
                setHistory([]);
                void showToast('Đã xóa lịch sử quét');
              }}
            >
              <Icon name="trash" size={18} /> Xóa lịch sử
            </button>
          </>
        )}
      </Section>
    </PageShell>
  );
}

function Outcome({ outcome, onClose }: { outcome: NonNullable<Outcome>; onClose: () => void }) {
  const { result, text } = outcome;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      void showToast('Đã sao chép');
    } catch {
      void showToast('Chưa sao chép được, hãy chọn và sao chép bằng tay.');
    }
  };
  return (
    <div className="lc-card qr-outcome" role="region" aria-label="Kết quả quét">
      {result.kind === 'url' ? (
        <>
          <p className="qr-outcome-title">Mã này là một liên kết tới trang ngoài</p>
          <p className="qr-domain">{result.domain}</p>
          <p className="lc-muted qr-raw">{result.id}</p>
          <p className="lc-muted">Chỉ mở nếu bạn tin tưởng trang này. Lào Cai số không kiểm soát nội dung trang ngoài.</p>
          <div className="qr-outcome-actions">
            <button type="button" className="lc-button" onClick={() => openExternalLink(result.id).then(onClose)}>
              Mở liên kết
            </button>
            <button type="button" className="lc-button lc-button--secondary" onClick={onClose}>
              Không mở
            </button>
          </div>
        </>
      ) : result.kind === 'unknown' ? (
        <>
          <p className="qr-outcome-title">Nội dung của mã</p>
          <p className="qr-raw">{result.id}</p>
          <div className="qr-outcome-actions">
            <button type="button" className="lc-button" onClick={copy}>
              <Icon name="copy" size={18} /> Sao chép
            </button>
            <button type="button" className="lc-button lc-button--secondary" onClick={onClose}>
              Đóng
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="qr-outcome-title">
            Không tìm thấy {KIND_LABEL[result.kind].toLowerCase()} {result.id}
          </p>
          <p className="lc-muted">Mã có thể đã gõ nhầm, hoặc mục này không còn. Hãy kiểm tra lại từng ký tự.</p>
          <button type="button" className="lc-button lc-button--secondary" onClick={onClose}>
            Đóng
          </button>
        </>
      )}
    </div>
  );
}
