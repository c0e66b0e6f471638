import { Link } from 'react-router-dom';
import type { PlaceSummary } from '@contract/tourism';
import { Icon } from '@/shared/ui';
import { apiUrl } from '@/shared/api';
import { formatElevation } from '@/shared/format';
import { paths } from '@/shared/routes';
import { isMarketToday, openStateText, priceText } from '../model';

/** A place in a list: picture, name, area, elevation, and what is true right now. */
export function PlaceCard({ place, now }: { place: PlaceSummary; now: Date }) {
  const open = openStateText(place.openState, now);
  const market = isMarketToday(place.marketDay, now);
  return (
    <Link to={paths.place(place.id)} className="tr-card" data-testid="place-card">
      <img className="tr-card-img" src={apiUrl(place.image)} alt="" loading="lazy" width={800} height={500} />
      <div className="tr-card-body">
        <p className="tr-kicker">{place.categoryLabel}</p>
        <h3 className="tr-card-title">{place.name}</h3>
        <p className="tr-meta">
          <span>
            <Icon name="pin" size={16} />
            {place.area}
          </span>
          <span>
            <Icon name="mountain" size={16} />
            {formatElevation(place.elevation)}
          </span>
          {place.distanceKm !== undefined && <span>cách {place.distanceKm.toLocaleString('vi-VN')} km</span>}
        </p>
        <div className="tr-badges">
          {market && <span className="lc-badge tr-badge-market">Chợ họp hôm nay</span>}
          <span className={`lc-badge ${open.open ? 'tr-badge-open' : 'tr-badge-closed'}`}>{open.text}</span>
          {place.inSeason && <span className="lc-badge tr-badge-season">Đang vào mùa đẹp</span>}
        </div>
        <p className="tr-price">{priceText(place.isFree, place.priceFrom)}</p>
      </div>
    </Link>
  );
}
