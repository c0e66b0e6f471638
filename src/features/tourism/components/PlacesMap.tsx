import { useMemo, useState } from 'react';
import { selector, useRecoilValue } from 'recoil';
import { PLACE_CATEGORIES, PLACE_CATEGORY_LABELS, type PlaceCategoryId } from '@contract/tourism-meta';
import { MapWithList, fetchMapFeatures, positionsOf, type MapMarker } from '@/shared/map';
import { Chips, type ChipOption } from '@/shared/ui';

/** Every place of the province with a position (a handful of dozens): grouped and filtered here. */
export const placesMapQuery = selector({ key: 'tourism/placesMap', get: () => fetchMapFeatures('places') });

/** A colour per kind of place, told apart on the map and in the legend. */
export const CATEGORY_COLOR: Record<PlaceCategoryId, string> = {
  scenery: '#1b6b45',
  heritage: '#a8520a',
  village: '#7c3aed',
  market: '#c2410c',
  'border-city': '#1d4ed8',
  experience: '#0f766e',
};

type Kind = 'all' | PlaceCategoryId;
const KIND_OPTIONS: ChipOption<Kind>[] = [{ value: 'all', label: 'Tất cả' }, ...PLACE_CATEGORIES.map((c) => ({ value: c, label: PLACE_CATEGORY_LABELS[c] }))];

/** The places on the map, by kind, and whether they are open now. */
export function PlacesMap() {
  const collection = useRecoilValue(placesMapQuery);
  const [kind, setKind] = useState<Kind>('all');
  const [openOnly, setOpenOnly] = useState(false);
  const markers = useMemo(
    () =>
      collection.features
        .filter((f) => (kind === 'all' || f.properties.category === kind) && (!openOnly || f.properties.open))
        .map((f): MapMarker => ({
          key: f.id,
          itemId: f.id,
          ...positionsOf(f)[0],
          title: f.properties.title,
          subtitle: f.properties.subtitle,
          badge: f.properties.open ? 'Đang mở cửa' : 'Đang đóng cửa',
          color: CATEGORY_COLOR[f.properties.category as PlaceCategoryId] ?? '#51606f',
          dim: !f.properties.open,
          path: f.properties.path,
        })),
    [collection, kind, openOnly],
  );
  const legend = (kind === 'all' ? PLACE_CATEGORIES : [kind]).map((c) => ({ color: CATEGORY_COLOR[c], label: PLACE_CATEGORY_LABELS[c] }));
  return (
    <>
      <Chips<Kind> label="Loại địa điểm trên bản đồ" options={KIND_OPTIONS} value={kind} onChange={setKind} />
      <div className="lc-chips" role="group" aria-label="Giờ mở cửa">
        <button type="button" className={`lc-chip${openOnly ? ' lc-chip--on' : ''}`} aria-pressed={openOnly} onClick={() => setOpenOnly((v) => !v)}>
          Chỉ nơi đang mở cửa
        </button>
      </div>
      <MapWithList
        label="Bản đồ địa điểm du lịch"
        markers={markers}
        cluster
        clusterNoun="địa điểm"
        legend={legend}
        listTitle={(n) => `${n} địa điểm trong khung bản đồ`}
        emptyText="Không có địa điểm nào trong khung này. Thu nhỏ bản đồ hoặc chọn loại khác."
      />
      <p className="lc-muted tr-map-note">Điểm mờ là nơi đang đóng cửa lúc này.</p>
    </>
  );
}
