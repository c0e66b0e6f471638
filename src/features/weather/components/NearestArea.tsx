import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useRecoilValue } from 'recoil';
import { paths } from '@/shared/routes';
import { Icon } from '@/shared/ui';
import { getLocation, ZaloError } from '@/shared/zalo';
import { nearestArea, weatherAreasQuery } from '../state';

/**
 * "Khu vực gần tôi": asks for the position (Zalo or the browser) only when tapped, after saying
 * what it is for, then opens the nearest area. Refused or far away: the list of every area is
 * right below to choose from.
 */
export function NearestArea() {
  const areas = useRecoilValue(weatherAreasQuery);
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const find = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { lat, long } = await getLocation();
      const near = nearestArea(areas, lat, long);
      if (!near || near.km > 120) {
        setProblem('Bạn đang ở xa tỉnh Lào Cai. Hãy chọn một khu vực trong danh sách dưới đây.');
        return;
      }
      navigate(paths.weatherArea(near.area.id), { state: { nearKm: near.km } });
    } catch (e) {
      setProblem(e instanceof ZaloError ? e.userMessage : 'Chưa lấy được vị trí. Hãy chọn khu vực trong danh sách.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="wx-nearest">
      <button type="button" className="lc-button lc-button--secondary lc-button--block" onClick={find} disabled={busy}>
        <Icon name="pin" size={18} /> {busy ? 'Đang tìm vị trí…' : 'Thời tiết nơi tôi đang ở'}
      </button>
      <p className="lc-muted wx-nearest-why">Dùng vị trí của bạn một lần để tìm khu vực gần nhất, không lưu lại. Hoặc chọn khu vực trong danh sách dưới đây.</p>
      {problem && (
        <p className="wx-nearest-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
