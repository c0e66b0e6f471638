import { useMemo, useState } from 'react';
import { useRecoilValue } from 'recoil';
import type { AppointmentOffice } from '@contract/appointments';
import { foldVietnamese } from '@/shared/format';
import { Icon } from '@/shared/ui';
import { SearchField } from '@/shared/ui/SearchField';
import { callPhone, showToast } from '@/shared/zalo';
import { officesQuery } from '../state';

/** The province's centre first, then the communes' centres, found by typing part of a name. */
export function OfficePicker({ onSelect }: { onSelect: (office: AppointmentOffice) => void }) {
  const { items } = useRecoilValue(officesQuery);
  const [q, setQ] = useState('');
  const shown = useMemo(() => {
    const needle = foldVietnamese(q.trim());
    return needle ? items.filter((o) => foldVietnamese(`${o.name} ${o.commune ?? ''} ${o.address}`).includes(needle)) : items;
  }, [items, q]);
  return (
    <div className="apt-offices">
      <SearchField label="Tìm nơi hẹn" placeholder="Tìm xã, phường (ví dụ: Sa Pa, Bắc Hà)" value={q} onChange={setQ} />
      {shown.length === 0 && <p className="lc-muted apt-empty">Không có nơi hẹn nào khớp “{q}”.</p>}
      <ul className="apt-office-list">
        {shown.map((o) => (
          <li key={o.id}>
            <button type="button" className="apt-office" onClick={() => onSelect(o)}>
              <Icon name={o.kind === 'province' ? 'star' : 'pin'} size={20} className="apt-office-icon" />
              <span className="apt-office-text">
                <span className="apt-office-name">{o.name}</span>
                <span className="lc-muted apt-office-address">{o.address}</span>
              </span>
              <Icon name="forward" size={18} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The chosen office: name, address, hours and phone, with a way to choose another. */
export function ChosenOffice({ office, onChange }: { office: AppointmentOffice; onChange?: () => void }) {
  return (
    <div className="lc-card apt-chosen">
      <p className="apt-office-name">{office.name}</p>
      <p className="apt-line">
        <Icon name="pin" size={16} /> {office.address}
      </p>
      <p className="apt-line">
        <Icon name="clock" size={16} /> {office.hoursText}
      </p>
      <p className="apt-line">
        <Icon name="phone" size={16} />{' '}
        {/* Zalo's dialer inside Zalo (a tel: link does nothing there), the phone's in a browser. */}
        <button
          type="button"
          className="apt-phone"
          onClick={() => void callPhone(office.phone).catch(() => showToast(`Không mở được trình gọi điện. Hãy bấm số ${office.phone} trên bàn phím.`))}
        >
          <span className="lc-visually-hidden">Gọi </span>
          {office.phone}
        </button>
      </p>
      {onChange && (
        <button type="button" className="lc-button lc-button--secondary apt-change" onClick={onChange}>
          Chọn nơi khác
        </button>
      )}
    </div>
  );
}
