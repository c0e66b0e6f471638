import type { Season } from '@contract/tourism';
import { vietnamWallClock } from '@/shared/format';

/** Twelve months in a row, the best ones filled, this month outlined; then each season in words. */
export function SeasonMonths({ seasons, now }: { seasons: Season[]; now: Date }) {
  const best = new Set(seasons.flatMap((s) => s.months));
  const thisMonth = vietnamWallClock(now).getUTCMonth() + 1;
  return (
    <div>
      <div className="tr-months" role="img" aria-label={`Tháng đẹp: ${[...best].sort((a, b) => a - b).map((m) => `tháng ${m}`).join(', ')}`}>
        {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
          <span key={m} className={`tr-month${best.has(m) ? ' tr-month--in' : ''}${m === thisMonth ? ' tr-month--now' : ''}`} aria-hidden="true">
            T{m}
          </span>
        ))}
      </div>
      {seasons.map((s) => (
        <p key={s.name} className="tr-season">
          <strong>
            {s.name} <span className="lc-muted">({s.months.length === 12 ? 'quanh năm' : monthsRange(s.months)})</span>
          </strong>
          {s.note}
        </p>
      ))}
    </div>
  );
}

/** "tháng 9–10", "tháng 12–2", "tháng 5, 7". */
export function monthsRange(months: number[]): string {
  if (!months.length) return '';
  const contiguous = months.every((m, i) => i === 0 || m === (months[i - 1] % 12) + 1);
  if (contiguous && months.length > 1) return `tháng ${months[0]}–${months[months.length - 1]}`;
  return `tháng ${months.join(', ')}`;
}
