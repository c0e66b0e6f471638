import type { ReactNode } from 'react';

/** `[west, south, east, north]` in degrees. */
export type Bbox = [number, number, number, number];

export interface LatLong {
  lat: number;
  long: number;
}

/** One point drawn on a map; the list beside the map shows its item. */
export interface MapMarker extends LatLong {
  /** Unique on the map. */
  key: string;
  /** The item it belongs to: an outage that reaches three communes has three markers and one item. */
  itemId: string;
  /** What it is: the list's line, the marker's hover title. */
  title: string;
  /** The line under the title in the list (category, place, time). */
  subtitle?: string;
  /** A short state shown in the list with the marker's colour ("Đang xử lý", "Đang mở cửa"). */
  badge?: string;
  /** Marker colour (any CSS colour; the legend uses the same). */
  color: string;
  /** `dot`: a round marker; `badge`: a rounded label with text or content (a temperature). */
  shape?: 'dot' | 'badge';
  /** Short text inside the marker. */
  text?: string;
  /** Drawn inside the marker (an icon), after the text. */
  content?: ReactNode;
  /** The app page the marker and its list line open. */
  path?: string;
  /** Drawn fainter (a place closed now). */
  dim?: boolean;
}

export interface MapViewProps {
  /** What the map shows, for screen readers ("Bản đồ phản ánh"). */
  label: string;
  markers?: MapMarker[];
  /** Group nearby markers into numbered circles that open when tapped. */
  cluster?: boolean;
  /** What a cluster counts ("phản ánh"), for its title. */
  clusterNoun?: string;
  /** Where the map starts; the whole province by default. */
  center?: LatLong & { zoom: number };
  /** Height of the map (CSS). */
  height?: string;
  /** A draggable pin (the report form's location). */
  pin?: (LatLong & { zoom?: number }) | null;
  /** Called when the resident moves the pin: dragged, tapped on the map, or moved with the arrow keys. */
  onPinMove?: (p: LatLong) => void;
  /** Called when the view settles after a move or zoom, with the box in view. */
  onViewChange?: (bbox: Bbox) => void;
  /** Called when a marker with a path is tapped (by default the app opens the path). */
  onMarkerSelect?: (marker: MapMarker) => void;
}
