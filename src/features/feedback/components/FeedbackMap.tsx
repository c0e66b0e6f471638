import { useMemo } from 'react';
import { useRecoilState, useRecoilValue } from 'recoil';
import type { FeedbackStatus } from '@contract/feedback';
import { MapWithList, positionsOf, type MapMarker } from '@/shared/map';
import { Chips } from '@/shared/ui';
import { STATUS_GROUPS } from '../api';
import { statusColor } from '../format';
import { feedbackCategoriesQuery, feedbackFilterState, feedbackMapQuery } from '../state';

const LEGEND = [
  { color: statusColor('received'), label: 'Đang xử lý' },
  { color: statusColor('answered'), label: 'Đã trả lời' },
  { color: statusColor('rejected'), label: 'Trùng, không xử lý' },
];

/** Everyone's reports on the map: grouped where they crowd, coloured by status, filtered by category and status. */
export function FeedbackMap() {
  const [filter, setFilter] = useRecoilState(feedbackFilterState);
  const categories = useRecoilValue(feedbackCategoriesQuery);
  const collection = useRecoilValue(feedbackMapQuery);
  const statuses = STATUS_GROUPS.find((g) => g.value === filter.group)?.statuses.split(',').filter(Boolean) ?? [];
  const markers = useMemo(
    () =>
      collection.features
        .filter((f) => (!filter.category || f.properties.category === filter.category) && (statuses.length === 0 || statuses.includes(f.properties.status ?? '')))
        .map((f): MapMarker => {
          const [at] = positionsOf(f);
          return {
            key: f.id,
            itemId: f.id,
            ...at,
            title: f.properties.title,
            subtitle: f.properties.approximate ? `${f.properties.subtitle} · vị trí gần đúng` : f.properties.subtitle,
            badge: f.properties.statusLabel,
            color: statusColor(f.properties.status as FeedbackStatus),
            path: f.properties.path,
          };
        }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `statuses` follows filter.group
    [collection, filter.category, filter.group],
  );
  return (
    <>
      <div className="fb-filters">
        <Chips
          label="Lọc theo lĩnh vực"
          value={filter.category}
          onChange={(category) => setFilter((f) => ({ ...f, category }))}
          options={[{ value: '', label: 'Mọi lĩnh vực' }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <Chips label="Lọc theo tình trạng" value={filter.group} onChange={(group) => setFilter((f) => ({ ...f, group }))} options={STATUS_GROUPS.map((g) => ({ value: g.value, label: g.label }))} />
      </div>
      <MapWithList
        label="Bản đồ phản ánh"
        markers={markers}
        cluster
        clusterNoun="phản ánh"
        legend={LEGEND}
        listTitle={(n) => `${n.toLocaleString('vi-VN')} phản ánh trong khung bản đồ`}
        emptyText="Không có phản ánh nào có vị trí trong khung này. Thu nhỏ bản đồ hoặc bỏ bớt bộ lọc."
      />
      <p className="fb-hint">Phản ánh ẩn danh hiện ở vị trí gần đúng (khoảng 100 m). Phản ánh không ghim vị trí chỉ có trong danh sách.</p>
    </>
  );
}
