import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useNavigate } from 'react-router-dom';
import L from 'leaflet';
import Supercluster from 'supercluster';
import 'leaflet/dist/leaflet.css';
import { COMMUNES, PROVINCE_BBOX, PROVINCE_OUTLINE, communeShortName } from '@contract/communes';
import { TILE_ATTRIBUTION, TILE_URL, TileWatcher, type TileState } from './tiles';
import type { Bbox, LatLong, MapMarker, MapViewProps } from './types';
import './map.css';

/**
 * The one map of the app (Leaflet). Loaded only by pages that show a map (see MapView). Under
 * the markers: raster tiles from the configured source, and always the province outline and the
 * communes' centres, so that without tiles (offline, a blocked domain) the map still says where
 * things are, on a plain background, and tells the resident why it looks plain.
 */

const [WEST, SOUTH, EAST, NORTH] = PROVINCE_BBOX;
const PROVINCE_BOUNDS = L.latLngBounds([SOUTH, WEST], [NORTH, EAST]);
/** Commune names show on the plain background from this zoom (below it they would overlap). */
const LABELS_FROM_ZOOM = 10;
/** How far one press of an arrow key moves the pin, in screen pixels. */
const PIN_STEP_PX = 16;

const toLatLng = (p: LatLong) => L.latLng(p.lat, p.long);

function textElement(className: string, text: string): HTMLElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/** A marker's icon, built as elements (never HTML strings: titles are residents' words). */
function markerIcon(m: MapMarker): { icon: L.DivIcon; slot: HTMLElement | null } {
  const el = document.createElement('span');
  el.className = `lc-marker lc-marker--${m.shape ?? 'dot'}${m.path ? ' lc-marker--link' : ''}${m.dim ? ' lc-marker--dim' : ''}`;
  el.style.setProperty('--marker-color', m.color);
  if (m.text) el.append(textElement('lc-marker-text', m.text));
  let slot: HTMLElement | null = null;
  if (m.content) {
    slot = document.createElement('span');
    slot.className = 'lc-marker-content';
    el.append(slot);
  }
  return { icon: L.divIcon({ html: el, className: 'lc-marker-icon', iconSize: undefined }), slot };
}

/** How many markers of each colour a group holds. */
type ColourCounts = Record<string, number>;

/** A group of markers: its count, in a ring that shows its markers' colours in proportion. */
function clusterIcon(count: number, noun: string, colours: ColourCounts): L.DivIcon {
  const el = document.createElement('span');
  el.className = 'lc-cluster';
  el.style.setProperty('--cluster-size', `${Math.round(32 + Math.min(18, Math.log2(count) * 4))}px`);
  let at = 0;
  const stops = Object.entries(colours).map(([colour, n]) => {
    const from = at;
    at += (n / count) * 360;
    return `${colour} ${from.toFixed(1)}deg ${at.toFixed(1)}deg`;
  });
  el.style.setProperty('--cluster-ring', `conic-gradient(${stops.join(', ')})`);
  el.title = `${count} ${noun}: chạm để phóng to`;
  el.append(textElement('lc-cluster-count', count > 999 ? '999+' : String(count)));
  return L.divIcon({ html: el, className: 'lc-marker-icon', iconSize: undefined });
}

function pinIcon(): L.DivIcon {
  const el = document.createElement('span');
  el.className = 'lc-pin';
  return L.divIcon({ html: el, className: 'lc-pin-icon', iconSize: [36, 46], iconAnchor: [18, 44] });
}

/** The same empty list on every render, so a map without markers does not redraw for nothing. */
const NO_MARKERS: MapMarker[] = [];

const bboxOf = (map: L.Map): Bbox => {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
};

export default function LeafletMap({
  label,
  markers = NO_MARKERS,
  cluster = false,
  clusterNoun = 'điểm',
  center,
  height = '60vh',
  pin = null,
  onPinMove,
  onViewChange,
  onMarkerSelect,
}: MapViewProps) {
  const navigate = useNavigate();
  const hintId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerLayerRef = useRef<L.LayerGroup | null>(null);
  const pinRef = useRef<L.Marker | null>(null);
  const [tiles, setTiles] = useState<TileState>('loading');
  const [zoom, setZoom] = useState(8);
  const [slots, setSlots] = useState<[string, HTMLElement][]>([]);
  // The latest callbacks, for handlers made once with the map.
  const callbacks = useRef({ onPinMove, onViewChange, onMarkerSelect, navigate });
  callbacks.current = { onPinMove, onViewChange, onMarkerSelect, navigate };

  // The map, its tiles, the outline and the communes: made once.
  useEffect(() => {
    const map = L.map(containerRef.current!, {
      minZoom: 7,
      maxZoom: 18,
      // Half steps: the province fits a phone's width better than at whole zoom levels.
      zoomSnap: 0.5,
      maxBounds: PROVINCE_BOUNDS.pad(0.6),
      zoomControl: false,
    });
    L.control.zoom({ zoomInTitle: 'Phóng to', zoomOutTitle: 'Thu nhỏ' }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');
    map.attributionControl.addAttribution('Ranh giới tỉnh, xã: ước lượng');
    if (center) map.setView(toLatLng(center), center.zoom);
    else map.fitBounds(PROVINCE_BOUNDS, { padding: [8, 8] });

    const tileLayer = L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 });
    const watcher = new TileWatcher(setTiles);
    tileLayer.on('loading', () => watcher.batchStarted());
    tileLayer.on('tileload', () => watcher.tileLoaded());
    tileLayer.on('tileerror', () => watcher.tileFailed());
    tileLayer.on('load', () => watcher.batchDone());
    tileLayer.addTo(map);
    const onOnline = () => tileLayer.redraw();
    window.addEventListener('online', onOnline);

    L.polygon(
      PROVINCE_OUTLINE.map(([long, lat]) => [lat, long] as [number, number]),
      { className: 'lc-map-outline', interactive: false },
    ).addTo(map);
    const communes = L.layerGroup().addTo(map);
    for (const cm of COMMUNES) {
      L.circleMarker([cm.lat, cm.long], { radius: 3, className: 'lc-map-commune', interactive: false })
        .bindTooltip(textElement('', communeShortName(cm.name)), { permanent: true, direction: 'right', offset: [4, 0], className: 'lc-commune-label' })
        .addTo(communes);
    }

    markerLayerRef.current = L.layerGroup().addTo(map);
    map.on('zoomend', () => setZoom(map.getZoom()));
    map.on('moveend', () => callbacks.current.onViewChange?.(bboxOf(map)));
    // With a pin to place, a tap puts it there (the page then shows it, or moves it).
    map.on('click', (e: L.LeafletMouseEvent) => {
      if (!callbacks.current.onPinMove) return;
      pinRef.current?.setLatLng(e.latlng);
      callbacks.current.onPinMove({ lat: e.latlng.lat, long: e.latlng.lng });
    });
    setZoom(map.getZoom());
    mapRef.current = map;
    callbacks.current.onViewChange?.(bboxOf(map));

    // The map's box can change size (a page that shows it after a toggle, a rotated phone).
    const resize = new ResizeObserver(() => map.invalidateSize());
    resize.observe(containerRef.current!);
    return () => {
      resize.disconnect();
      window.removeEventListener('online', onOnline);
      watcher.dispose();
      map.remove();
      mapRef.current = null;
      markerLayerRef.current = null;
      pinRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- made once; `center` is where it starts
  }, []);

  // The markers, grouped when asked: drawn again when they change, and on every move when grouped.
  const index = useMemo(() => {
    if (!cluster) return null;
    const sc = new Supercluster<{ key: string; colours: ColourCounts }, { colours: ColourCounts }>({
      radius: 48,
      maxZoom: 16,
      map: (p) => ({ colours: { ...p.colours } }),
      reduce: (acc, p) => {
        for (const [c, n] of Object.entries(p.colours)) acc.colours[c] = (acc.colours[c] ?? 0) + n;
      },
    });
    sc.load(
      markers.map((m) => ({ type: 'Feature', properties: { key: m.key, colours: { [m.color]: 1 } }, geometry: { type: 'Point', coordinates: [m.long, m.lat] } })),
    );
    return sc;
  }, [cluster, markers]);

  useEffect(() => {
    const map = mapRef.current;
    const layer = markerLayerRef.current;
    if (!map || !layer) return;
    const byKey = new Map(markers.map((m) => [m.key, m]));
    const draw = () => {
      layer.clearLayers();
      const filled: [string, HTMLElement][] = [];
      const add = (m: MapMarker) => {
        const { icon, slot } = markerIcon(m);
        const marker = L.marker(toLatLng(m), { icon, keyboard: false, title: m.badge ? `${m.title} · ${m.badge}` : m.title, riseOnHover: true });
        if (m.path || callbacks.current.onMarkerSelect) {
          marker.on('click', () => {
            const { onMarkerSelect: select, navigate: go } = callbacks.current;
            if (select) select(m);
            else if (m.path) go(m.path);
          });
        }
        marker.addTo(layer);
        // The list beside the map carries the same items for screen readers and keyboards.
        marker.getElement()?.setAttribute('aria-hidden', 'true');
        if (slot) filled.push([m.key, slot]);
      };
      if (index) {
        const [w, s, e, n] = bboxOf(map);
        for (const c of index.getClusters([w, s, e, n], Math.round(map.getZoom()))) {
          const [long, lat] = c.geometry.coordinates;
          if ('cluster' in c.properties && c.properties.cluster) {
            const id = c.properties.cluster_id;
            const m = L.marker([lat, long], { icon: clusterIcon(c.properties.point_count, clusterNoun, c.properties.colours), keyboard: false });
            m.on('click', () => map.flyTo([lat, long], Math.min(index.getClusterExpansionZoom(id), 18)));
            m.addTo(layer);
            m.getElement()?.setAttribute('aria-hidden', 'true');
          } else {
            const marker = byKey.get((c.properties as { key: string }).key);
            if (marker) add(marker);
          }
        }
      } else {
        markers.forEach(add);
      }
      setSlots(filled);
    };
    draw();
    if (!index) return;
    map.on('moveend', draw);
    return () => {
      map.off('moveend', draw);
    };
  }, [markers, index, clusterNoun]);

  // The pin: made when asked for, moved when the page moves it (the resident's location, a commune).
  const pinLat = pin?.lat;
  const pinLong = pin?.long;
  const pinZoom = pin?.zoom;
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (pinLat === undefined || pinLong === undefined) {
      pinRef.current?.remove();
      pinRef.current = null;
      return;
    }
    const at = L.latLng(pinLat, pinLong);
    if (!pinRef.current) {
      const marker = L.marker(at, { icon: pinIcon(), draggable: true, keyboard: true, autoPan: true, zIndexOffset: 1000, title: 'Ghim vị trí' }).addTo(map);
      const report = () => {
        const p = marker.getLatLng();
        callbacks.current.onPinMove?.({ lat: p.lat, long: p.lng });
      };
      marker.on('dragend', report);
      const el = marker.getElement()!;
      el.setAttribute('aria-label', 'Ghim vị trí sự việc. Dùng các phím mũi tên để dịch ghim, hoặc kéo ghim, chạm vào bản đồ.');
      el.addEventListener('keydown', (e) => {
        const step = { ArrowUp: [0, -PIN_STEP_PX], ArrowDown: [0, PIN_STEP_PX], ArrowLeft: [-PIN_STEP_PX, 0], ArrowRight: [PIN_STEP_PX, 0] }[e.key];
        if (!step) return;
        // The map would pan on the same keys: the pin moves instead.
        e.preventDefault();
        e.stopPropagation();
        const point = map.latLngToContainerPoint(marker.getLatLng()).add(L.point(step[0], step[1]));
        marker.setLatLng(map.containerPointToLatLng(point));
        map.panInside(marker.getLatLng(), { padding: [40, 40] });
        report();
      });
      pinRef.current = marker;
      map.setView(at, pinZoom ?? Math.max(map.getZoom(), 15));
      return;
    }
    if (!pinRef.current.getLatLng().equals(at, 1e-7)) {
      pinRef.current.setLatLng(at);
      map.setView(at, pinZoom ?? Math.max(map.getZoom(), 15));
    }
  }, [pinLat, pinLong, pinZoom]);

  const byKey = useMemo(() => new Map(markers.map((m) => [m.key, m])), [markers]);
  const plain = tiles !== 'ok';
  return (
    <div className="lc-map-frame">
      {tiles === 'none' && (
        <p className="lc-map-note" role="status">
          Không tải được bản đồ nền (mất mạng hoặc bị chặn): đang hiện ranh giới tỉnh, các xã, phường và các điểm trên nền trơn.
        </p>
      )}
      {/* The state classes sit on a box around the map: Leaflet adds its own classes to the map's
          element, which React would wipe out if it ever changed that element's className. */}
      <div className={`lc-map-box${plain ? ' lc-map-box--plain' : ''}${plain && zoom >= LABELS_FROM_ZOOM ? ' lc-map-box--labels' : ''}`}>
        <div ref={containerRef} className="lc-map" style={{ height }} role="region" aria-label={label} aria-describedby={hintId} data-tiles={tiles} />
      </div>
      <p id={hintId} className="lc-visually-hidden">
        Khi bản đồ đang chọn: phím mũi tên để di chuyển, phím cộng và trừ để phóng to, thu nhỏ.
      </p>
      {slots.map(([key, el]) => createPortal(byKey.get(key)?.content, el, key))}
    </div>
  );
}
