import { useRef, useState } from 'react';
import { findCommune } from '@contract/communes';
import { ApiError, errorMessage } from '@/shared/api';
import { CommunePicker, MapView, reverseGeocode, type LatLong } from '@/shared/map';
import { Icon } from '@/shared/ui';
import { getLocation } from '@/shared/zalo';

/** Where the pin came from: the phone's location, a commune's centre (not yet a real spot), or the resident's hand. */
export type PinSource = 'mine' | 'commune' | 'moved';

export interface PlacePick {
  pin: (LatLong & { zoom?: number }) | null;
  source: PinSource | null;
  /** The commune or ward: filled from the pin, or chosen. */
  areaId: string;
}

export const NO_PLACE: PlacePick = { pin: null, source: null, areaId: '' };

/** The position a report sends: a pin the resident placed or confirmed, never a commune's centre. */
export const reportedLocation = (p: PlacePick): LatLong | null => (p.pin && p.source && p.source !== 'commune' ? { lat: p.pin.lat, long: p.pin.long } : null);

type Lookup = { state: 'idle' } | { state: 'looking' } | { state: 'found'; name: string } | { state: 'outside' } | { state: 'failed'; message: string };

const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * The report's place: a map with a pin that starts at the resident's location ("Vị trí của
 * tôi", through Zalo inside Zalo) or at the chosen commune, and that can be dragged, tapped into
 * place or moved with the arrow keys; the commune is filled from the pin. Without a map (or a
 * pin), the commune picker and the address say where.
 */
export function LocationPicker({ value, onChange, areaError, locationError }: { value: PlacePick; onChange: (next: PlacePick) => void; areaError?: string; locationError?: string }) {
  const [locating, setLocating] = useState(false);
  const [gpsError, setGpsError] = useState<string | null>(null);
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const latest = useRef(value);
  latest.current = value;
  const asked = useRef(0);

  /** Fills the commune from where the pin is (the last pin wins when answers cross). */
  async function fillCommune(pin: LatLong, source: PinSource, zoom?: number) {
    const n = ++asked.current;
    onChange({ ...latest.current, pin: { ...pin, zoom }, source });
    setLookup({ state: 'looking' });
    try {
      const commune = await reverseGeocode(pin.lat, pin.long);
      if (n !== asked.current) return;
      onChange({ ...latest.current, areaId: commune.id });
      setLookup({ state: 'found', name: commune.name });
    } catch (e) {
      if (n !== asked.current) return;
      if (e instanceof ApiError && e.status === 404) setLookup({ state: 'outside' });
      else setLookup({ state: 'failed', message: errorMessage(e) });
    }
  }

  async function locateMe() {
    setLocating(true);
    setGpsError(null);
    try {
      const at = await getLocation();
      await fillCommune(at, 'mine', 16);
    } catch (e) {
      setGpsError(errorMessage(e));
    } finally {
      setLocating(false);
    }
  }

  function chooseCommune(id: string) {
    asked.current++;
    const commune = id ? findCommune(id) : undefined;
    // A chosen commune moves a pin that was only standing at a commune's centre, never one the resident placed.
    if (commune && (!value.pin || value.source === 'commune')) {
      onChange({ pin: { lat: commune.lat, long: commune.long, zoom: 14 }, source: 'commune', areaId: id });
      setLookup({ state: 'idle' });
    } else {
      onChange({ ...value, areaId: id });
    }
  }

  const chosen = value.areaId ? findCommune(value.areaId) : undefined;
  return (
    <fieldset className="fb-fieldset">
      <legend className="fb-label">Vị trí *</legend>
      {!value.pin && <p className="fb-hint">Vị trí giúp cơ quan xử lý tìm đúng chỗ. Ứng dụng chỉ lấy vị trí khi bạn bấm, và chỉ gửi kèm phản ánh này.</p>}
      <div className="fb-place-actions">
        <button type="button" className="lc-button lc-button--secondary" onClick={() => void locateMe()} disabled={locating}>
          <Icon name="pin" size={20} /> {locating ? 'Đang lấy vị trí…' : 'Dùng vị trí của tôi'}
        </button>
        {value.pin && (
          <button
            type="button"
            className="fb-link-button"
            onClick={() => {
              asked.current++;
              setLookup({ state: 'idle' });
              onChange({ ...value, pin: null, source: null });
            }}
          >
            Bỏ ghim
          </button>
        )}
      </div>
      {gpsError && (
        <p className="fb-hint" role="alert">
          {gpsError}
        </p>
      )}

      <MapView
        label="Bản đồ chọn vị trí sự việc"
        height="280px"
        pin={value.pin}
        onPinMove={(p) => void fillCommune(p, 'moved')}
      />
      <p className="fb-hint fb-pin-state" role="status">
        {!value.pin && 'Chạm vào bản đồ tại nơi xảy ra sự việc, dùng vị trí của bạn, hoặc chọn xã, phường bên dưới.'}
        {value.pin && value.source === 'commune' && chosen && (
          <>Ghim đang ở trung tâm {inSentence(chosen.name)}. Kéo ghim hoặc chạm vào bản đồ tới đúng chỗ xảy ra sự việc; nếu không, phản ánh chỉ ghi xã, phường và địa chỉ.</>
        )}
        {value.pin && value.source !== 'commune' && (
          <>
            {value.source === 'mine' ? 'Đã lấy vị trí của bạn' : 'Đã ghim vị trí'} ({value.pin.lat.toFixed(5)}, {value.pin.long.toFixed(5)})
            {lookup.state === 'looking' && ' · đang tìm xã, phường…'}
            {lookup.state === 'found' && ` · thuộc ${lookup.name}`}
          </>
        )}
      </p>
      {value.pin && lookup.state === 'outside' && (
        <p className="fb-field-error" role="alert">
          Ghim đang nằm ngoài tỉnh Lào Cai. Hãy kéo ghim về nơi xảy ra sự việc trong tỉnh.
        </p>
      )}
      {value.pin && lookup.state === 'failed' && (
        <p className="fb-hint" role="alert">
          Chưa tìm được xã, phường của ghim. {lookup.message} Bạn có thể chọn xã, phường trong danh sách.
        </p>
      )}
      {locationError && (
        <p className="fb-field-error" role="alert">
          {locationError}
        </p>
      )}

      <label htmlFor="fb-area" className="fb-label fb-label--small">
        Xã, phường{reportedLocation(value) ? ' (điền theo ghim, có thể sửa)' : ''}
      </label>
      <CommunePicker id="fb-area" value={value.areaId} onChange={chooseCommune} inputClassName="fb-input" invalid={!!areaError} />
      {areaError && (
        <p className="fb-field-error" role="alert">
          {areaError}
        </p>
      )}
    </fieldset>
  );
}
