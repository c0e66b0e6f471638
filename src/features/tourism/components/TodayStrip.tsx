import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useRecoilValue } from 'recoil';
import { Icon } from '@/shared/ui';
import { formatDayLabel } from '@/shared/format';
import { paths } from '@/shared/routes';
import { todayQuery } from '../state';
import { vietnamDateKey } from '@/shared/format';
import { isMarketToday } from '../model';

function joinLinks(items: { id: string; name: string }[]) {
  return items.map((m, i) => (
    <Fragment key={m.id}>
      {i > 0 && (i === items.length - 1 ? ' và ' : ', ')}
      <Link to={paths.place(m.id)}>{m.name.replace(/^Chợ phiên /, '')}</Link>
    </Fragment>
  ));
}

/** What is on today: the lunar date, the markets meeting, the festivals; otherwise the next market. */
export function TodayStrip({ now }: { now: Date }) {
  const today = useRecoilValue(todayQuery);
  // A page kept open past midnight: the answer is yesterday's; say nothing rather than something wrong.
  if (today.date !== vietnamDateKey(now)) return null;
  const meeting = today.markets.filter((m) => isMarketToday(m.marketDay, now));
  const next = today.markets.find((m) => !isMarketToday(m.marketDay, now) && m.marketDay?.next);
  return (
    <section className="tr-today" aria-label="Hôm nay ở Lào Cai" data-testid="tourism-today">
      <p className="tr-today-head">
        <Icon name="calendar" size={20} />
        Hôm nay · {today.lunar.label.charAt(0).toLowerCase() + today.lunar.label.slice(1)} (âm lịch)
      </p>
      {meeting.length > 0 ? (
        <p>Chợ phiên họp hôm nay: {joinLinks(meeting)}.</p>
      ) : next ? (
        <p>
          Hôm nay không có phiên chợ lớn. Phiên tới: <Link to={paths.place(next.id)}>{next.name.replace(/^Chợ phiên /, '')}</Link> (
          {formatDayLabel(`${next.marketDay!.next}T00:00:00+07:00`, now).toLowerCase()}).
        </p>
      ) : null}
      {today.festivals.map((f) => (
        <p key={`${f.place.id}:${f.festival.name}`}>
          {f.festival.name} ở <Link to={paths.place(f.place.id)}>{f.place.name}</Link>: {f.festival.description}
        </p>
      ))}
    </section>
  );
}
