import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { MapView } from './MapView';
import type { Bbox, MapMarker, MapViewProps } from './types';

export interface LegendEntry {
  color: string;
  label: string;
}

export interface MapWithListProps extends MapViewProps {
  /** The list's heading for a count of items in view ("12 phản ánh trong khung bản đồ"). */
  listTitle: (count: number) => string;
  /** Said when nothing is in view. */
  emptyText: string;
  legend?: LegendEntry[];
}

/** The items whose markers are in the box, each once, in the markers' order. */
export function itemsInView(markers: MapMarker[], bbox: Bbox | null): MapMarker[] {
  const seen = new Set<string>();
  const items: MapMarker[] = [];
  for (const m of markers) {
    if (seen.has(m.itemId)) continue;
    if (bbox && !(m.long >= bbox[0] && m.long <= bbox[2] && m.lat >= bbox[1] && m.lat <= bbox[3])) continue;
    seen.add(m.itemId);
    items.push(m);
  }
  return items;
}

/**
 * A map with its list alternative: the same items as a list of links under it, following the
 * view (what is in the box), and a skip link before the map so a keyboard or screen-reader user
 * goes straight to the list. Markers are not tab stops: the list is where they are read.
 */
export function MapWithList({ listTitle, emptyText, legend, ...map }: MapWithListProps) {
  const listId = useId();
  const [bbox, setBbox] = useState<Bbox | null>(null);
  const markers = map.markers;
  const items = useMemo(() => itemsInView(markers ?? [], bbox), [markers, bbox]);
  const skip = () => document.getElementById(listId)?.focus();
  return (
    <div className="lc-map-with-list">
      <button type="button" className="lc-skip-link" onClick={skip}>
        Bỏ qua bản đồ, tới danh sách
      </button>
      {legend && legend.length > 0 && (
        <ul className="lc-map-legend" aria-label="Chú giải màu trên bản đồ">
          {legend.map((l) => (
            <li key={l.label}>
              <span className="lc-map-swatch" style={{ background: l.color }} aria-hidden="true" />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <MapView
        {...map}
        onViewChange={(b) => {
          setBbox(b);
          map.onViewChange?.(b);
        }}
      />
      <section id={listId} className="lc-map-list" tabIndex={-1} aria-labelledby={`${listId}-title`}>
        <h2 id={`${listId}-title`} className="lc-map-list-title">
          {listTitle(items.length)}
        </h2>
        {items.length === 0 ? (
          <p className="lc-muted">{emptyText}</p>
        ) : (
          <ul>
            {items.map((m) => (
              <li key={m.itemId}>
                {m.path ? (
                  <Link to={m.path} className="lc-map-item">
                    <MapItemBody marker={m} />
                  </Link>
                ) : (
                  <div className="lc-map-item">
                    <MapItemBody marker={m} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function MapItemBody({ marker: m }: { marker: MapMarker }) {
  return (
    <>
      <span className="lc-map-swatch" style={{ background: m.color }} aria-hidden="true" />
      <span className="lc-map-item-text">
        <span className="lc-map-item-title">{m.title}</span>
        {(m.badge || m.subtitle) && (
          <span className="lc-map-item-sub">
            {m.badge && <strong>{m.badge}</strong>}
            {m.badge && m.subtitle ? ' · ' : ''}
            {m.subtitle}
          </span>
        )}
      </span>
    </>
  );
}
