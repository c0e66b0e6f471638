import { Link, useParams } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import type { TourDetail } from '@contract/tourism';
import { apiUrl, errorMessage } from '@/shared/api';
import { formatDayLabel, formatVnd } from '@/shared/format';
import { formatDate } from '@/shared/format/date';
import { paths } from '@/shared/routes';
import { AsyncBoundary, EmptyState, Icon, PageShell, Section, Skeleton } from '@/shared/ui';
import { callPhone, share, showToast } from '@/shared/zalo';
import { SaveButton } from '../components/SaveButton';
import { useNow } from '../components/useNow';
import { durationText, formatPhone } from '../model';
import { tourQuery } from '../state';
import '../components/tourism.css';

function DetailSkeleton() {
  return (
    <div role="status" aria-label="Đang tải tour">
      <Skeleton height={220} radius={0} style={{ margin: '-0.75rem -1rem 0', width: 'calc(100% + 2rem)' }} />
      <Skeleton height={30} width="80%" style={{ marginTop: 16 }} />
      <Skeleton height={40} width="50%" style={{ marginTop: 10 }} />
      <Skeleton height={200} style={{ marginTop: 16 }} />
    </div>
  );
}

async function call(tour: TourDetail) {
  try {
    await callPhone(tour.provider.phone);
  } catch (e) {
    void showToast(errorMessage(e));
  }
}

async function shareTour(tour: TourDetail) {
  try {
    const outcome = await share({ title: tour.name, text: tour.summary, path: paths.tour(tour.id), imageUrl: apiUrl(tour.image) });
    if (outcome === 'copied') void showToast('Đã chép liên kết, bạn có thể dán để gửi.');
  } catch (e) {
    void showToast(errorMessage(e));
  }
}

const MEAL_WORDS: Record<string, string> = { sáng: 'bữa sáng', trưa: 'bữa trưa', tối: 'bữa tối' };

function Tour({ id }: { id: string }) {
  const t = useRecoilValue(tourQuery(id));
  const now = useNow();
  if (!t) return <MissingTour />;
  const phone = formatPhone(t.provider.phone);
  return (
    <article>
      <img className="tr-hero" src={apiUrl(t.image)} alt="" width={800} height={500} />
      <p className="tr-kicker" style={{ marginTop: '0.9rem' }}>
        {durationText(t.days, t.nights)} · {t.areas.join(', ')}
      </p>
      <h2 className="tr-title">{t.name}</h2>
      <p className="tr-summary">{t.summary}</p>
      <div className="tr-price-box">
        <strong>{formatVnd(t.price)}</strong>
        <span className="lc-muted">mỗi người lớn{t.childPrice ? ` · trẻ em ${formatVnd(t.childPrice)}` : ' · không nhận trẻ em'}</span>
      </div>

      <div className="tr-actions">
        <button type="button" className="tr-action" onClick={() => void call(t)}>
          <Icon name="phone" />
          Gọi đặt tour
        </button>
        <SaveButton kind="tour" id={t.id} title={t.name} subtitle={`${durationText(t.days, t.nights)} · ${formatVnd(t.price)}`} imageUrl={t.image} />
        <button type="button" className="tr-action" onClick={() => void shareTour(t)}>
          <Icon name="share" />
          Chia sẻ
        </button>
      </div>

      <div className="lc-card">
        <dl className="tr-facts">
          <div className="tr-fact">
            <dt>
              <Icon name="pin" size={20} />
              Khởi hành từ
            </dt>
            <dd>{t.departure}</dd>
          </div>
          <div className="tr-fact">
            <dt>
              <Icon name="calendar" size={20} />
              Lịch khởi hành
            </dt>
            <dd>
              {t.schedule}
              {t.departures.length > 0 ? (
                <ul className="tr-departures" style={{ marginTop: '0.5rem' }} aria-label="Các chuyến sắp tới">
                  {t.departures.map((d) => (
                    <li key={d.date} className={d.seatsLeft === 0 ? 'tr-full' : undefined}>
                      {formatDayLabel(`${d.date}T00:00:00+07:00`, now)} · {d.seatsLeft === 0 ? 'hết chỗ' : `còn ${d.seatsLeft} chỗ`}
                    </li>
                  ))}
                </ul>
              ) : (
                <div className="tr-note">Hiện ngoài mùa: chưa có chuyến trong vài tháng tới. Gọi nhà tổ chức để đặt trước cho mùa sau.</div>
              )}
            </dd>
          </div>
        </dl>
      </div>

      <Section title="Lịch trình từng ngày">
        <ol className="tr-itinerary">
          {t.itinerary.map((d) => (
            <li key={d.day} className="tr-day">
              <span className="tr-day-no" aria-hidden="true">
                N{d.day}
              </span>
              <h3>
                <span className="lc-visually-hidden">Ngày {d.day}: </span>
                {d.title}
              </h3>
              <ul>
                {d.activities.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
              <p className="tr-day-foot">
                {d.meals.length ? `Ăn: ${d.meals.map((m) => MEAL_WORDS[m] ?? m).join(', ')}` : 'Tự túc ăn uống'}
                {d.overnight ? ` · Nghỉ đêm: ${d.overnight}` : ''}
              </p>
            </li>
          ))}
        </ol>
      </Section>

      <Section title="Giá đã gồm">
        <div className="lc-card">
          <ul className="tr-bullets">
            {t.includes.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      </Section>
      <Section title="Chưa gồm">
        <div className="lc-card">
          <ul className="tr-bullets">
            {t.excludes.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      </Section>
      {t.notes.length > 0 && (
        <Section title="Lưu ý">
          <div className="lc-card">
            <ul className="tr-bullets">
              {t.notes.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </div>
        </Section>
      )}

      <Section title="Điểm đến">
        <ul className="tr-row-list">
          {t.places.map((p) => (
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

      <Section title="Nhà tổ chức">
        <div className="lc-card tr-provider" data-testid="tour-provider">
          <p className="tr-provider-name">{t.provider.name}</p>
          <p className="lc-muted" style={{ margin: 0 }}>
            {t.provider.address}
          </p>
          <button type="button" className="lc-button tr-call" onClick={() => void call(t)} aria-label={`Gọi ${phone} (${t.provider.name})`}>
            <Icon name="phone" size={20} />
            Gọi <span className="tr-phone">{phone}</span>
          </button>
        </div>
      </Section>
      <p className="tr-note">Giá cập nhật ngày {formatDate(t.priceUpdatedAt)}; hỏi lại nhà tổ chức khi đặt.</p>
    </article>
  );
}

function MissingTour() {
  return (
    <EmptyState
      icon="route"
      title="Không tìm thấy tour này"
      description="Có thể tour đã ngừng bán hoặc đường dẫn bị sai."
      action={
        <Link className="lc-button lc-button--secondary" to={paths.tours}>
          Xem các tour khác
        </Link>
      }
    />
  );
}

/** A tour: price, departures, the itinerary by day, what is included, and a call to the provider. */
export default function TourDetailPage() {
  const { id = '' } = useParams();
  const refresh = useRecoilRefresher_UNSTABLE(tourQuery(id));
  return (
    <PageShell title="Tour du lịch" onRefresh={async () => refresh()}>
      <AsyncBoundary fallback={<DetailSkeleton />} onRetry={refresh}>
        <Tour id={id} />
      </AsyncBoundary>
    </PageShell>
  );
}
