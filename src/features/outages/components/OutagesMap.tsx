import { useMemo } from 'react';
import { selectorFamily, useRecoilValue } from 'recoil';
import { MapWithList, fetchMapFeatures, positionsOf, type MapMarker } from '@/shared/map';
import { formatDayLabel } from '@/shared/format';
import { Icon } from '@/shared/ui';
import { timeRange } from '../format';

/** Outages now and in the next three days at the communes they reach; `at` renews them every few minutes. */
export const outagesMapQuery = selectorFamily({ key: 'outages/map', get: (_at: number) => () => fetchMapFeatures('outages') });

const COLOR = { ongoing: '#b42318', scheduled: '#b45309' } as const;
const LEGEND = [
  { color: COLOR.ongoing, label: 'Đang mất điện' },
  { color: COLOR.scheduled, label: 'Sắp cắt điện (3 ngày tới)' },
];

/** Where the power is off now and where it will be soon, commune by commune. */
export function OutagesMap({ at }: { at: number }) {
  const collection = useRecoilValue(outagesMapQuery(at));
  const markers = useMemo(
    () =>
      collection.features.flatMap((f) => {
        const status = f.properties.status === 'ongoing' ? 'ongoing' : 'scheduled';
        const when = f.properties.start && f.properties.end ? `${timeRange({ start: f.properties.start, end: f.properties.end })}, ${formatDayLabel(f.properties.start).toLowerCase()}` : '';
        return positionsOf(f).map(
          (p, i): MapMarker => ({
            key: `${f.id}:${i}`,
            itemId: f.id,
            ...p,
            title: f.properties.title,
            subtitle: [when, f.properties.subtitle].filter(Boolean).join(' · '),
            badge: f.properties.statusLabel,
            color: COLOR[status],
            content: <Icon name="bolt" size={14} />,
            path: f.properties.path,
          }),
        );
      }),
    [collection],
  );
  return (
    <MapWithList
      label="Bản đồ mất điện đang diễn ra và sắp tới"
      markers={markers}
      legend={LEGEND}
      listTitle={(n) => `${n} lịch cắt điện trong khung bản đồ`}
      emptyText="Không có nơi nào đang mất điện hay sắp cắt điện trong khung này."
    />
  );
}
