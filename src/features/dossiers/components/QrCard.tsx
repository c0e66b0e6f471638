import { useState } from 'react';
import { qrSvgUrl } from '@/shared/api';
import { Icon } from '@/shared/ui';
import { showToast } from '@/shared/zalo';

async function copyText(text: string, done: string, fallback: string) {
  try {
    await navigator.clipboard.writeText(text);
    await showToast(done);
  } catch {
    await showToast(fallback);
  }
}

export const copyCode = (code: string) => copyText(code, 'Đã sao chép mã hồ sơ', `Mã hồ sơ: ${code}`);

/**
 * The dossier's receipt: its code, large, and its QR code, which holds the receipt's secret key.
 * The code alone shows anyone the status; the QR code or the link also shows the applicant
 * (masked), so the resident keeps them to themselves.
 */
export function QrCard({ code, receipt, caption }: { code: string; receipt: { key: string; url: string }; caption: string }) {
  const [qrFailed, setQrFailed] = useState(false);
  return (
    <div className="dsr-qr">
      {!qrFailed && (
        <img
          className="dsr-qr-img"
          src={qrSvgUrl('dossier', code, receipt.key)}
          width={168}
          height={168}
          alt={`Mã QR của hồ sơ ${code}`}
          onError={() => setQrFailed(true)}
        />
      )}
      <p className="dsr-qr-code">{code}</p>
      <div className="dsr-qr-actions">
        <button type="button" className="lc-button lc-button--secondary dsr-copy" onClick={() => void copyCode(code)}>
          <Icon name="copy" size={18} /> Sao chép mã
        </button>
        <button
          type="button"
          className="lc-button lc-button--secondary dsr-copy"
          onClick={() => void copyText(receipt.url, 'Đã sao chép liên kết tra cứu', 'Chưa sao chép được liên kết, hãy chụp lại mã QR.')}
        >
          <Icon name="link" size={18} /> Sao chép liên kết
        </button>
      </div>
      <p className="lc-muted dsr-qr-caption">{caption}</p>
      <p className="lc-muted dsr-qr-caption">Ai có mã hồ sơ xem được tình trạng xử lý; mã QR và liên kết cho xem thêm tên người nộp (đã che bớt), nên chỉ chia sẻ với người bạn tin.</p>
    </div>
  );
}
