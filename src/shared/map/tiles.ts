/**
 * The raster tiles under every map, from a configurable source: `VITE_MAP_TILE_URL` (a Leaflet
 * URL template with {z}/{x}/{y}, and {s} for subdomains) and `VITE_MAP_TILE_ATTRIBUTION` (the
 * credit the provider asks for, as HTML), read at build time. Without them: the public
 * OpenStreetMap tiles, fine for development, not for a province's traffic (see README).
 */
export const TILE_URL: string = (import.meta.env.VITE_MAP_TILE_URL as string | undefined) || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export const TILE_ATTRIBUTION: string =
  (import.meta.env.VITE_MAP_TILE_ATTRIBUTION as string | undefined) ||
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">Những người đóng góp OpenStreetMap</a>';

/** `loading` until the first tile arrives or fails; `none` when none could be had (offline, blocked). */
export type TileState = 'loading' | 'ok' | 'none';

/** How long to wait for a first tile before saying the map has no background. */
export const FIRST_TILE_TIMEOUT_MS = 8000;

/**
 * Follows a tile layer's events and says whether the background shows. One tile that arrives
 * is enough for `ok` (a few missing at the edge are normal); a batch of tiles (those a view
 * needs) that ended with only errors, or no tile at all after FIRST_TILE_TIMEOUT_MS, is `none`.
 * A tile arriving later (the network came back) turns it to `ok` again.
 */
export class TileWatcher {
  private everLoaded = false;
  private batchLoaded = 0;
  private batchFailed = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  state: TileState = 'loading';

  constructor(private readonly onChange: (state: TileState) => void) {
    this.timer = setTimeout(() => {
      if (!this.everLoaded) this.set('none');
    }, FIRST_TILE_TIMEOUT_MS);
  }

  /** The layer starts fetching the tiles of a new view (Leaflet's `loading`). */
  batchStarted(): void {
    this.batchLoaded = 0;
    this.batchFailed = 0;
  }

  tileLoaded(): void {
    this.everLoaded = true;
    this.batchLoaded++;
    this.set('ok');
  }

  tileFailed(): void {
    this.batchFailed++;
  }

  /** The layer finished a batch (Leaflet's `load`: every tile in view arrived or failed). */
  batchDone(): void {
    if (this.batchLoaded === 0 && this.batchFailed > 0) this.set('none');
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private set(state: TileState): void {
    if (state === this.state) return;
    this.state = state;
    clearTimeout(this.timer);
    this.onChange(state);
  }
}
