import { Link } from 'react-router-dom';
import type { TourSummary } from '@contract/tourism';
import { Icon } from '@/shared/ui';
import { apiUrl } from '@/shared/api';
import { formatDayLabel, formatVnd } from '@/shared/format';
import { paths } from '@/shared/routes';
import { durationText } from '../model';

export function TourCard({ tour, now }: { tour: TourSummary; now: Date }) {
  return (
    <Link to={paths.tour(tour.id)} className="tr-card" data-testid="tour-card">
      <img className="tr-card-img" src={apiUrl(tour.image)} alt="" loading="lazy" width={800} height={500} />
      <div className="tr-card-body">
        <p className="tr-kicker">{durationText(tour.days, tour.nights)}</p>
        <h3 className="tr-card-title">{tour.name}</h3>
        <p className="tr-meta">
          <span>
            <Icon name="pin" size={16} />
            Đi từ {tour.departure}
          </span>
        </p>
        <p className="tr-meta">
          <span>
            <Icon name="calendar" size={16} />
            {tour.nextDeparture ? `Chuyến gần nhất: ${formatDayLabel(`${tour.nextDeparture}T00:00:00+07:00`, now)}` : `Ngoài mùa · ${tour.schedule}`}
          </span>
        </p>
        <div className="tr-tour-price">
          <span className="lc-muted">{tour.provider.name}</span>
          <strong>{formatVnd(tour.price)}</strong>
        </div>
      </div>
    </Link>
  );
}
