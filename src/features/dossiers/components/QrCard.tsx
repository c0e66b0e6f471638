import { useState } from 'react';
import { qrSvgUrl } from '@/shared/api';
import { Icon } from '@/shared/ui';
import { showToast } from '@/shared/zalo';

export async function copyCode(code: string) {
  try {
    await navigator.clipboard.writeText(code);
    await showToast('Đã sao chép mã hồ sơ');
  } catch {
    await showToast(`Mã hồ sơ: ${code}`);
  }
}

/** The dossier's code, large, with its QR drawing: shown at the one-stop desk or scanned to follow it. */
export function QrCard({ code, caption }: { code: string; caption: string }) {
  const [qrFailed, setQrFailed] = useState(false);
  return (
    <div className="dsr-qr">
      {!qrFailed && (
        <img
          className="dsr-qr-img"
          src={qrSvgUrl('dossier', code)}
          width={168}
          height={168}
          alt={`Mã QR của hồ sơ ${code}`}
          onError={() => setQrFailed(true)}
        />
      )}
      <p className="dsr-qr-code">{code}</p>
      <button type="button" className="lc-button lc-button--secondary dsr-copy" onClick={() => void copyCode(code)}>
        <Icon name="copy" size={18} /> Sao chép mã
      </button>
      <p className="lc-muted dsr-qr-caption">{caption}</p>
    </div>
  );
}
