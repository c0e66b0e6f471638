import { useRecoilValue } from 'recoil';
import type { Slot } from '@contract/appointments';
import { slotsQuery } from '../state';

function Group({ title, slots, value, onChange }: { title: string; slots: Slot[]; value: string | null; onChange: (time: string) => void }) {
  if (slots.length === 0) return null;
  return (
    <div className="apt-slot-group">
      <p className="apt-slot-title">{title}</p>
      <div className="apt-slots" role="radiogroup" aria-label={`Giờ hẹn ${title.toLowerCase()}`}>
        {slots.map((s) => {
          const full = s.remaining === 0;
          const on = s.time === value;
          return (
            <button
              key={s.time}
              type="button"
              role="radio"
              aria-checked={on}
              className={`apt-slot${on ? ' apt-slot--on' : ''}`}
              disabled={full}
              aria-label={`${s.time}, ${full ? 'hết chỗ' : `còn ${s.remaining} trên ${s.capacity} chỗ`}`}
              onClick={() => onChange(s.time)}
            >
              <span className="apt-slot-time">{s.time}</span>
              <span className="apt-slot-left">{full ? 'Hết chỗ' : `còn ${s.remaining}/${s.capacity}`}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}

/** The half hours of the chosen day, morning and afternoon, with the places left in each. */
export function SlotPicker({ officeId, date, value, onChange }: { officeId: string; date: string; value: string | null; onChange: (time: string) => void }) {
  const day = useRecoilValue(slotsQuery({ officeId, date }));
  if (!day.open) return <p className="lc-muted">{day.reason ?? 'Ngày này không nhận lịch hẹn.'}</p>;
  return (
    <div className="apt-slot-groups">
      <Group title="Buổi sáng" slots={day.slots.filter((s) => s.time < '12:00')} value={value} onChange={onChange} />
      <Group title="Buổi chiều" slots={day.slots.filter((s) => s.time >= '12:00')} value={value} onChange={onChange} />
    </div>
  );
}
