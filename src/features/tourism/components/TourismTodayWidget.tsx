import { Link } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { apiUrl } from '@/shared/api';
import { formatDayLabel } from '@/shared/format';
import { paths } from '@/shared/routes';
import { Section, WidgetBoundary } from '@/shared/ui';
import { isMarketToday } from '../model';
import { todayQuery } from '../state';
import { useNow } from './useNow';
import './tourism.css';

/** Home: the markets meeting today (or the next ones) and the places at their best this month. */
export default function TourismTodayWidget() {
  const refresh = useRecoilRefresher_UNSTABLE(todayQuery);
  return (
    <WidgetBoundary onRetry={refresh}>
      <TourismToday />
    </WidgetBoundary>
  );
}

function TourismToday() {
  const today = useRecoilValue(todayQuery);
  const now = useNow();
  const meeting = today.markets.filter((m) => isMarketToday(m.marketDay, now));
  const markets = meeting.length ? meeting : today.markets.filter((m) => m.marketDay?.next).slice(0, 2);
  const season = today.inSeason.slice(0, 2);
  return (
    <div data-testid="tourism-widget">
      <Section title={meeting.length ? 'Chợ phiên hôm nay' : 'Chợ phiên sắp tới'} moreTo={paths.places} moreLabel="Du lịch">
        <ul className="tr-row-list">
          {markets.map((m) => (
            <li key={m.id}>
              <Link to={paths.place(m.id)} className="tr-row">
                <img src={apiUrl(m.image)} alt="" loading="lazy" width={800} height={500} />
                <span>
                  <p className="tr-row-title">{m.name}</p>
                  <p className="tr-row-sub">
                    {isMarketToday(m.marketDay, now)
                      ? `Họp sáng nay · ${m.area}`
                      : `${formatDayLabel(`${m.marketDay!.next}T00:00:00+07:00`, now)} · ${m.area}`}
                  </p>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      {season.length > 0 && (
        <Section title="Đang vào mùa đẹp">
          <ul className="tr-row-list">
            {season.map((p) => (
              <li key={p.id}>
                <Link to={paths.place(p.id)} className="tr-row">
                  <img src={apiUrl(p.image)} alt="" loading="lazy" width={800} height={500} />
                  <span>
                    <p className="tr-row-title">{p.name}</p>
                    <p className="tr-row-sub">{p.area}</p>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
