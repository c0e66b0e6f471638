import { useState } from 'react';
import { errorMessage } from '@/shared/api';
import { Icon } from '@/shared/ui';
import { getLocation } from '@/shared/zalo';

/**
 * "Gần tôi": the places nearest to the visitor first. The position is asked only when they tap,
 * after saying what it is for; refused or unavailable, the list stays as it was and the
 * categories and search are still there.
 */
export function NearMe({ near, onNear }: { near: { lat: number; long: number } | null | undefined; onNear: (at: { lat: number; long: number } | null) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (near) {
    return (
      <p className="tr-near tr-near--on" role="status">
        <Icon name="pin" size={18} />
        <span>Đang xếp địa điểm gần bạn lên trước.</span>
        <button type="button" className="tr-near-off" onClick={() => onNear(null)}>
          Bỏ
        </button>
      </p>
    );
  }
  const find = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onNear(await getLocation());
    } catch (e) {
      setProblem(`${errorMessage(e)} Bạn vẫn có thể tìm theo tên hoặc chọn loại địa điểm.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="tr-near">
      <button type="button" className="lc-button lc-button--secondary" onClick={() => void find()} disabled={busy}>
        <Icon name="pin" size={18} /> {busy ? 'Đang tìm vị trí…' : 'Gần tôi'}
      </button>
      <span className="lc-muted tr-near-why">Dùng vị trí của bạn một lần để xếp địa điểm gần nhất lên trước, không lưu lại.</span>
      {problem && (
        <p className="tr-near-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
