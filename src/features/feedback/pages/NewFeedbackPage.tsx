import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import type { CreateFeedbackRequest, FeedbackCategory, FeedbackDetail, NearbyItem } from '@contract/feedback';
import { ApiError, newIdempotencyKey } from '@/shared/api';
import { reportProblems } from '../validate';
import { currentUser } from '@/shared/session';
import { paths } from '@/shared/routes';
import type { Coordinates } from '@/shared/zalo';
import { AsyncBoundary, Icon, PageShell, Skeleton } from '@/shared/ui';
import { fetchNearby, sendFeedback } from '../api';
import { feedbackCategoriesQuery, feedbackMapQuery, myFeedbackQuery } from '../state';
import { formatDistance, shortPublicName } from '../format';
import { PhotoPicker, type PhotoSlot } from '../components/PhotoPicker';
import { LocationPicker, NO_PLACE, reportedLocation, type PlacePick } from '../components/LocationPicker';
import '../components/feedback.css';

const TITLE_MAX = 150;
const CONTENT_MAX = 4000;
const PHOTOS_MAX = 4;

function FieldError({ message }: { message?: string }) {
  return message ? (
    <p className="fb-field-error" role="alert">
      {message}
    </p>
  ) : null;
}

function ExtraField({ field, value, onChange, error }: { field: FeedbackCategory['fields'][number]; value: string; onChange: (v: string) => void; error?: string }) {
  const id = `fb-field-${field.code}`;
  return (
    <div className="fb-field">
      <label htmlFor={id} className="fb-label">
        {field.label}
        {field.required ? ' *' : ' (không bắt buộc)'}
      </label>
      {field.values ? (
        <select id={id} className="fb-input" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">— Chọn —</option>
          {field.values.map((v) => (
            <option key={v.key} value={v.key}>
              {v.name}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} className="fb-input" value={value} maxLength={200} onChange={(e) => onChange(e.target.value)} />
      )}
      <p className="fb-hint">{field.description}</p>
      <FieldError message={error} />
    </div>
  );
}

/** Reports already sent near the chosen spot, same kind, last 30 days: maybe the same problem. */
function NearbyHint({ location, categoryId }: { location: Coordinates; categoryId: string }) {
  const [found, setFound] = useState<{ items: NearbyItem[]; radiusMeters: number } | null>(null);
  useEffect(() => {
    let live = true;
    setFound(null);
    fetchNearby(location.lat, location.long, categoryId).then(
      (r) => live && setFound(r),
      () => live && setFound(null),
    );
    return () => {
      live = false;
    };
  }, [location.lat, location.long, categoryId]);
  if (!found || found.items.length === 0) return null;
  const { items, radiusMeters } = found;
  return (
    <div className="fb-nearby" role="note">
      <p className="fb-nearby-title">
        <Icon name="info" size={20} /> Đã có {items.length} phản ánh tương tự trong vòng {radiusMeters} m
      </p>
      <p className="fb-hint">Nếu cùng một việc, bạn có thể theo dõi phản ánh đã có thay vì gửi thêm.</p>
      <ul>
        {items.slice(0, 3).map((i) => (
          <li key={i.code}>
            <Link to={paths.feedbackItem(i.code)}>{i.title}</Link>
            <span className="lc-muted">
              {' '}
              · {i.statusLabel} · {formatDistance(i.distanceMeters)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function FeedbackForm({ onSent }: { onSent: (r: FeedbackDetail) => void }) {
  const categories = useRecoilValue(feedbackCategoriesQuery);
  const [categoryId, setCategoryId] = useState('');
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [photos, setPhotos] = useState<PhotoSlot[]>([]);
  const [place, setPlace] = useState<PlacePick>(NO_PLACE);
  const [address, setAddress] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const key = useRef(newIdempotencyKey());

  const category = categories.find((c) => c.id === categoryId);
  const uploading = photos.some((p) => !p.id && !p.error);
  const publicName = shortPublicName(currentUser()?.name);
  const fieldError = (path: string) => (error instanceof ApiError ? error.fieldMessage(path) : undefined);

  const location = useMemo(() => reportedLocation(place), [place]);
  const body: CreateFeedbackRequest = useMemo(
    () => ({
      categoryId,
      title: title.trim(),
      content: content.trim(),
      location,
      areaId: place.areaId || undefined,
      address: address.trim() || undefined,
      photoIds: photos.filter((p) => p.id).map((p) => p.id!),
      anonymous,
      fields: Object.fromEntries(Object.entries(fields).filter(([k, v]) => v.trim() && category?.fields.some((f) => f.code === k))),
    }),
    [categoryId, title, content, location, place.areaId, address, photos, anonymous, fields, category],
  );

  // After a failed send: the first field to fix comes into view (it may be far below the
  // message at the top); an error about no field in particular shows at the top.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!error) return;
    const first = formRef.current?.querySelector('.fb-field-error');
    if (first) first.closest('.fb-field, .fb-fieldset')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    else window.scrollTo({ top: 0, behavior: 'smooth' });
  }, [error]);
  const shownPaths = /^(categoryId|title|content|photoIds|location|areaId|address|fields\..+)$/;
  const fixCount = error instanceof ApiError ? error.details.filter((d) => shownPaths.test(d.path)).length : 0;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (uploading) return;
    // Every missing or wrong answer is marked at once, before anything is sent.
    const problems = reportProblems(body, category);
    if (problems.length) {
      setError(new ApiError('Dữ liệu gửi lên chưa hợp lệ.', 'client', null, 'VALIDATION_FAILED', problems));
      return;
    }
    setSending(true);
    setError(null);
    try {
      const report = await sendFeedback(body, key.current);
      key.current = newIdempotencyKey();
      onSent(report);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'IDEMPOTENCY_KEY_REUSED') key.current = newIdempotencyKey();
      setError(err as Error);
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="fb-form" onSubmit={submit} noValidate ref={formRef}>
      {error && (
        <div className="fb-form-error" role="alert">
          <Icon name="alert" size={20} /> <span>{fixCount > 0 ? `Còn ${fixCount} mục cần sửa, ghi chú màu đỏ ở từng mục.` : error.message}</span>
        </div>
      )}

      <fieldset className="fb-fieldset">
        <legend className="fb-label">Lĩnh vực *</legend>
        <div className="fb-categories">
          {categories.map((c) => (
            <button
              key={c.id}
              type="button"
              className={`fb-category${c.id === categoryId ? ' fb-category--on' : ''}`}
              aria-pressed={c.id === categoryId}
              onClick={() => setCategoryId(c.id)}
            >
              {c.name}
            </button>
          ))}
        </div>
        {category && (
          <p className="fb-hint">
            {category.description} Cơ quan trả lời: {category.agency}.
          </p>
        )}
        <FieldError message={fieldError('categoryId')} />
      </fieldset>

      <div className="fb-field">
        <label htmlFor="fb-title" className="fb-label">
          Tiêu đề *
        </label>
        <input id="fb-title" className="fb-input" value={title} maxLength={TITLE_MAX} placeholder="Ví dụ: Ổ gà lớn trước cổng chợ" onChange={(e) => setTitle(e.target.value)} />
        <FieldError message={fieldError('title')} />
      </div>

      <div className="fb-field">
        <label htmlFor="fb-content" className="fb-label">
          Nội dung *
        </label>
        <textarea
          id="fb-content"
          className="fb-input fb-textarea"
          value={content}
          maxLength={CONTENT_MAX}
          rows={6}
          placeholder="Mô tả sự việc: điều gì đang xảy ra, từ khi nào, ảnh hưởng thế nào."
          onChange={(e) => setContent(e.target.value)}
          aria-describedby="fb-content-count"
        />
        <p id="fb-content-count" className={`fb-counter${content.length > CONTENT_MAX - 200 ? ' fb-counter--near' : ''}`}>
          {content.length.toLocaleString('vi-VN')}/{CONTENT_MAX.toLocaleString('vi-VN')} ký tự
        </p>
        <FieldError message={fieldError('content')} />
      </div>

      {category?.fields.map((f) => (
        <ExtraField key={f.code} field={f} value={fields[f.code] ?? ''} onChange={(v) => setFields((x) => ({ ...x, [f.code]: v }))} error={fieldError(`fields.${f.code}`)} />
      ))}

      <div className="fb-field">
        <span className="fb-label">Ảnh hiện trường (tối đa {PHOTOS_MAX} ảnh)</span>
        <PhotoPicker max={PHOTOS_MAX} slots={photos} onChange={setPhotos} />
        <p className="fb-hint">Ảnh được thu nhỏ trên điện thoại trước khi gửi để tiết kiệm dữ liệu di động.</p>
        <FieldError message={fieldError('photoIds')} />
      </div>

      <LocationPicker value={place} onChange={setPlace} areaError={fieldError('areaId')} locationError={fieldError('location')} />

      <div className="fb-field">
        <label htmlFor="fb-address" className="fb-label fb-label--small">
          Địa chỉ{location ? ' (không bắt buộc, cho dễ tìm)' : ' *'}
        </label>
        <input id="fb-address" className="fb-input" value={address} maxLength={300} placeholder="Thôn, tổ dân phố, tên đường, địa điểm gần đó" onChange={(e) => setAddress(e.target.value)} />
        <FieldError message={fieldError('address')} />
      </div>

      {location && categoryId && <NearbyHint location={location} categoryId={categoryId} />}

      <div className="fb-switch-row">
        <div>
          <label htmlFor="fb-anonymous" className="fb-label">
            Ẩn danh khi công khai
          </label>
          <p className="fb-hint">
            {anonymous
              ? 'Mọi người chỉ thấy nội dung, ảnh và vị trí, không thấy tên của bạn. Cơ quan xử lý vẫn biết ai gửi để trả lời riêng cho bạn.'
              : publicName
                ? `Mọi người sẽ thấy người gửi là “${publicName}”. Số điện thoại và tài khoản Zalo của bạn không bao giờ được công khai.`
                : 'Bạn chưa chia sẻ tên Zalo nên phản ánh vẫn hiện là ẩn danh.'}
          </p>
        </div>
        <input id="fb-anonymous" type="checkbox" role="switch" className="fb-switch" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
      </div>

      <button type="submit" className="lc-button lc-button--block" disabled={sending || uploading}>
        {sending ? 'Đang gửi…' : uploading ? 'Đang tải ảnh…' : 'Gửi phản ánh'}
      </button>
    </form>
  );
}

function FormSkeleton() {
  return (
    <div role="status" aria-label="Đang tải biểu mẫu" style={{ display: 'grid', gap: 12 }}>
      <Skeleton height={90} radius={12} />
      <Skeleton height={44} radius={10} />
      <Skeleton height={140} radius={10} />
    </div>
  );
}

export default function NewFeedbackPage() {
  const navigate = useNavigate();
  const refreshCategories = useRecoilRefresher_UNSTABLE(feedbackCategoriesQuery);
  const refreshMap = useRecoilRefresher_UNSTABLE(feedbackMapQuery);
  const refreshMine = useRecoilRefresher_UNSTABLE(myFeedbackQuery);
  return (
    <PageShell title="Gửi phản ánh">
      <AsyncBoundary
        fallback={<FormSkeleton />}
        onRetry={refreshCategories}
      >
        <FeedbackForm
          onSent={(r) => {
            refreshMine();
            refreshMap();
            // The report's own page with its receipt on top: a reload keeps both, and back does not
            // lead into the form that was just sent.
            navigate(paths.feedbackItem(r.code), { replace: true, state: { receipt: true } });
          }}
        />
      </AsyncBoundary>
    </PageShell>
  );
}
