import { useEffect } from 'react';
import { useRecoilValue } from 'recoil';
import { daysQuery } from '../state';
import { shortDay, weekdayName } from '../dates';

/** The next two weeks, a chip a day: open days with the places left, closed ones greyed with why. */
export function DayPicker({ officeId, value, onChange }: { officeId: string; value: string | null; onChange: (date: string) => void }) {
  const { days } = useRecoilValue(daysQuery(officeId));
  const firstOpen = days.find((d) => d.open)?.date ?? null;
  // The first day with places is chosen for the resident; they can pick another.
  useEffect(() => {
    if (!value && firstOpen) onChange(firstOpen);
  }, [value, firstOpen, onChange]);
  if (!firstOpen) return <p className="lc-muted">Nơi này không còn ngày nào nhận lịch hẹn trong hai tuần tới.</p>;
  return (
    <div className="apt-days" role="radiogroup" aria-label="Ngày hẹn">
      {days.map((d) => {
        const { weekday, date } = shortDay(d.date);
        const full = d.open && d.remaining === 0;
        const on = d.date === value;
        return (
          <button
            key={d.date}
            type="button"
            role="radio"
            aria-checked={on}
            className={`apt-day${on ? ' apt-day--on' : ''}`}
            disabled={!d.open || full}
            title={d.reason ?? undefined}
            aria-label={`${weekdayName(d.date)} ${date}${d.open ? (full ? ', hết chỗ' : `, còn ${d.remaining} chỗ`) : `, ${d.reason ?? 'nghỉ'}`}`}
            onClick={() => onChange(d.date)}
          >
            <span className="apt-day-weekday">{weekday}</span>
            <span className="apt-day-date">{date}</span>
            <span className="apt-day-left">{d.open ? (full ? 'Hết chỗ' : `còn ${d.remaining}`) : 'Nghỉ'}</span>
          </button>
        );
      })}
    </div>
  );
}
