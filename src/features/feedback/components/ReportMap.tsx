import { useMemo } from 'react';
import type { FeedbackDetail } from '@contract/feedback';
import { MapView, type MapMarker } from '@/shared/map';
import { statusColor } from '../format';

/**
 * Where a report is, on a small map. An anonymous report that is not the viewer's own comes from
 * the server rounded to about 100 m (3 decimals), as on the public map: the map says so.
 */
export function ReportMap({ report }: { report: FeedbackDetail }) {
  const approximate = report.reporterName === null && !report.viewer.mine;
  const markers = useMemo((): MapMarker[] => {
    if (!report.location) return [];
    const at = { lat: report.location.lat, long: report.location.long };
    return [{ key: report.code, itemId: report.code, ...at, title: report.title, badge: report.statusLabel, color: statusColor(report.status) }];
  }, [report]);
  if (markers.length === 0) return null;
  const at = { lat: markers[0].lat, long: markers[0].long };
  return (
    <div className="fb-detail-map">
      <MapView
        label={`Bản đồ vị trí phản ánh ${report.code}`}
        height="220px"
        center={{ ...at, zoom: approximate ? 15 : 16 }}
        markers={markers}
      />
      {approximate && <p className="fb-hint">Vị trí gần đúng (khoảng 100 m) để giữ kín người gửi ẩn danh.</p>}
    </div>
  );
}
