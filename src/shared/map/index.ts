import './map-list.css';

/**
 * Maps: one component (Leaflet, loaded only when a map shows), its list alternative, the
 * list/map toggle of list pages, and the API calls maps need. Leaflet itself is never imported
 * from here: only MapView's lazy chunk loads it.
 */
export { MapView } from './MapView';
export { MapWithList, itemsInView, type LegendEntry, type MapWithListProps } from './MapWithList';
export { ViewToggle, useListOrMap, type ListOrMap } from './ViewToggle';
export { fetchMapFeatures, reverseGeocode, positionsOf, insideBbox } from './api';
export { CommunePicker, searchCommunes, type CommunePickerProps } from './CommunePicker';
export type { Bbox, LatLong, MapMarker, MapViewProps } from './types';
