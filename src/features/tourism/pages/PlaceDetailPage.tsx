import { Link, useParams } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import type { PlaceDetail } from '@contract/tourism';
import { apiUrl, errorMessage, qrSvgUrl } from '@/shared/api';
import { formatDayLabel, formatElevation, formatVnd } from '@/shared/format';
import { formatDate } from '@/shared/format/date';
import { paths } from '@/shared/routes';
import { AsyncBoundary, EmptyState, Icon, PageShell, Section, Skeleton } from '@/shared/ui';
import { openExternalLink, share, showToast } from '@/shared/zalo';
import { SaveButton } from '../components/SaveButton';
import { SeasonMonths } from '../components/SeasonMonths';
import { TourCard } from '../components/TourCard';
import { WeatherAtPlace } from '../components/WeatherAtPlace';
import { useNow } from '../components/useNow';
import { directionsUrl, isMarketToday, nextMarketText, openStateText } from '../model';
import { placeQuery } from '../state';
import '../components/tourism.css';

function DetailSkeleton() {
  return (
    <div role="status" aria-label="Đang tải địa điểm">
      <Skeleton height={220} radius={0} style={{ margin: '-0.75rem -1rem 0', width: 'calc(100% + 2rem)' }} />
      <Skeleton height={30} width="70%" style={{ marginTop: 16 }} />
      <Skeleton height={18} width="50%" style={{ marginTop: 10 }} />
      <Skeleton height={60} style={{ marginTop: 16 }} />
      <Skeleton height={140} style={{ marginTop: 16 }} />
    </div>
  );
}

function Fact({ icon, label, children }: { icon: Parameters<typeof Icon>[0]['name']; label: string; children: React.ReactNode }) {
  return (
    <div className="tr-fact">
      <dt>
        <Icon name={icon} size={20} />
        {label}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

async function openDirections(p: PlaceDetail) {
  try {
    await openExternalLink(directionsUrl(p.latitude, p.longitude));
  } catch (e) {
    void showToast(errorMessage(e));
  }
}

async function sharePlace(p: PlaceDetail) {
  try {
    const outcome = await share({ title: p.name, text: p.summary, path: paths.place(p.id), imageUrl: apiUrl(p.image) });
    if (outcome === 'copied') void showToast('Đã chép liên kết, bạn có thể dán để gửi.');
  } catch (e) {
    void showToast(errorMessage(e));
  }
}

function Place({ id }: { id: string }) {
  const p = useRecoilValue(placeQuery(id));
  const now = useNow();
  if (!p) return <MissingPlace />;
  const open = openStateText(p.openState, now);
  const marketToday = isMarketToday(p.marketDay, now);
  return (
    <article>
      <img className="tr-hero" src={apiUrl(p.image)} alt={`Tranh minh họa ${p.name}`} width={800} height={500} />
      <p className="tr-kicker" style={{ marginTop: '0.9rem' }}>
        {p.categoryLabel}
      </p>
      <h2 className="tr-title">{p.name}</h2>
      <p className="tr-meta">
        <span>
          <Icon name="pin" size={16} />
          {p.area}, {p.commune}
        </span>
        <span>
          <Icon name="mountain" size={16} />
          {formatElevation(p.elevation)}
        </span>
      </p>
      <div className="tr-badges" style={{ marginTop: '0.5rem' }}>
        {marketToday && <span className="lc-badge tr-badge-market">Chợ họp hôm nay</span>}
        <span className={`lc-badge ${open.open ? 'tr-badge-open' : 'tr-badge-closed'}`}>{open.text}</span>
        {p.inSeason && <span className="lc-badge tr-badge-season">Đang vào mùa đẹp</span>}
      </div>
      <p className="tr-summary">{p.summary}</p>

      <div className="tr-actions">
        <button type="button" className="tr-action" onClick={() => void openDirections(p)}>
          <Icon name="route" />
          Chỉ đường
        </button>
        <SaveButton kind="place" id={p.id} title={p.name} subtitle={p.area} imageUrl={p.image} />
        <button type="button" className="tr-action" onClick={() => void sharePlace(p)}>
          <Icon name="share" />
          Chia sẻ
        </button>
      </div>

      <div className="lc-card">
        <dl className="tr-facts">
          <Fact icon="pin" label="Địa chỉ">
            {p.address}
            <div className="tr-note">
              Tọa độ {p.latitude.toFixed(4)}, {p.longitude.toFixed(4)} · độ cao {formatElevation(p.elevation)}
            </div>
          </Fact>
          <Fact icon="clock" label="Giờ mở cửa">
            <ul>
              {p.hoursText.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {p.hours.note && <div className="tr-note">{p.hours.note}</div>}
          </Fact>
          <Fact icon="ticket" label="Vé tham quan">
            {p.tickets.length === 0 ? (
              'Miễn phí'
            ) : (
              <ul>
                {p.tickets.map((t) => (
                  <li key={t.label}>
                    {t.label}: <strong>{formatVnd(t.price)}</strong>
                  </li>
                ))}
              </ul>
            )}
            {p.ticketNote && <div className="tr-note">{p.ticketNote}</div>}
          </Fact>
          {p.marketDay && (
            <Fact icon="calendar" label="Ngày họp chợ">
              {p.marketDay.label}
              <div className="tr-note">{nextMarketText(p.marketDay, now)}</div>
            </Fact>
          )}
        </dl>
      </div>

      <WeatherAtPlace name={p.name} latitude={p.latitude} longitude={p.longitude} elevation={p.elevation} />

      <Section title="Mùa đẹp">
        <div className="lc-card">
          <SeasonMonths seasons={p.seasons} now={now} />
        </div>
      </Section>

      {p.festivals.length > 0 && (
        <Section title="Lễ hội và ngày lễ">
          <div className="lc-card">
            {p.festivals.map((f) => (
              <p key={f.name} className="tr-season">
                <strong>
                  {f.name} {f.today && <span className="lc-badge tr-badge-market">Hôm nay</span>}
                </strong>
                {f.label}
                {f.next && !f.today ? ` · lần tới: ${formatDayLabel(`${f.next}T00:00:00+07:00`, now).toLowerCase()}` : ''}. {f.description}
              </p>
            ))}
          </div>
        </Section>
      )}

      <Section title="Giới thiệu">
        <div className="tr-prose">
          {p.description.map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      </Section>

      {p.tips.length > 0 && (
        <Section title="Kinh nghiệm">
          <div className="lc-card">
            <ul className="tr-bullets">
              {p.tips.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </div>
        </Section>
      )}

      {p.tours.length > 0 && (
        <Section title="Tour đi qua đây">
          <ul className="tr-list">
            {p.tours.map((t) => (
              <li key={t.id}>
                <TourCard tour={t} now={now} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title="Gần đó">
        <ul className="tr-row-list">
          {p.nearby.map((n) => (
            <li key={n.id}>
              <Link to={paths.place(n.id)} className="tr-row">
                <img src={apiUrl(n.image)} alt="" loading="lazy" width={800} height={500} />
                <span>
                  <p className="tr-row-title">{n.name}</p>
                  <p className="tr-row-sub">
                    {n.area} · cách {n.distanceKm.toLocaleString('vi-VN')} km
                  </p>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Mã QR của địa điểm">
        <div className="lc-card tr-qr">
          <img src={qrSvgUrl('place', p.id)} alt={`Mã QR mở ${p.name} trong Lào Cai số`} width={160} height={160} loading="lazy" />
          <p className="tr-note">Quét mã này (hoặc in ra đặt tại quầy vé) để mở ngay trang {p.name} trong Lào Cai số.</p>
        </div>
      </Section>
      <p className="tr-note">Thông tin cập nhật ngày {formatDate(p.updatedAt)}. Giá vé, giờ mở cửa có thể thay đổi theo mùa.</p>
    </article>
  );
}

function MissingPlace() {
  return (
    <EmptyState
      icon="pin"
      title="Không tìm thấy địa điểm này"
      description="Có thể địa điểm đã được gỡ hoặc đường dẫn bị sai."
      action={
        <Link className="lc-button lc-button--secondary" to={paths.places}>
          Xem các địa điểm du lịch
        </Link>
      }
    />
  );
}

/** A place: facts, hours, tickets, seasons, market day, weather, directions, save. */
export default function PlaceDetailPage() {
  const { id = '' } = useParams();
  const refresh = useRecoilRefresher_UNSTABLE(placeQuery(id));
  return (
    <PageShell title="Địa điểm du lịch" onRefresh={async () => refresh()}>
      <AsyncBoundary fallback={<DetailSkeleton />} onRetry={refresh}>
        <Place id={id} />
      </AsyncBoundary>
    </PageShell>
  );
}
