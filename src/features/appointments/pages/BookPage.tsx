import { Suspense, useCallback, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useRecoilValue, useRecoilValueLoadable, useSetRecoilState } from 'recoil';
import type { AppointmentOffice, BookingRequest } from '@contract/appointments';
import { ApiError, errorMessage, newIdempotencyKey } from '@/shared/api';
import { paths } from '@/shared/routes';
import { AsyncBoundary, Icon, PageShell, Section, Skeleton, SkeletonList } from '@/shared/ui';
import { appointmentsVersionState, officesQuery, procedureNameQuery } from '../state';
import { bookAppointment } from '../api';
import { ChosenOffice, OfficePicker } from '../components/OfficePicker';
import { DayPicker } from '../components/DayPicker';
import { SlotPicker } from '../components/SlotPicker';
import { longDate } from '../dates';
import '../appointments.css';

/** The procedure the booking is for, when the resident came from its page. */
function ProcedureLine({ id }: { id: string }) {
  const loadable = useRecoilValueLoadable(procedureNameQuery(id));
  if (loadable.state !== 'hasValue') return null;
  return (
    <p className="apt-for">
      <Icon name="document" size={16} /> Thủ tục: <strong>{loadable.contents.name}</strong>
    </p>
  );
}

function Office({ id, onChange }: { id: string; onChange: () => void }) {
  const { items } = useRecoilValue(officesQuery);
  const office = items.find((o) => o.id === id);
  if (!office) {
    return (
      <p className="apt-error" role="alert">
        Không có nơi hẹn này. <button type="button" className="apt-link" onClick={onChange}>Chọn nơi khác</button>
      </p>
    );
  }
  return <ChosenOffice office={office} onChange={onChange} />;
}

function Confirm({ body, onBooked, onFull }: { body: BookingRequest; onBooked: (code: string) => void; onFull: () => void }) {
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The same booking keeps its key: a double tap or a retry after a lost answer books once.
  const last = useRef<{ json: string; key: string } | null>(null);
  const inFlight = useRef(false);
  const send = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const request = { ...body, ...(note.trim() ? { note: note.trim() } : {}) };
    const json = JSON.stringify(request);
    if (last.current?.json !== json) last.current = { json, key: newIdempotencyKey() };
    setSending(true);
    setError(null);
    try {
      const booked = await bookAppointment(request, last.current.key);
      onBooked(booked.code);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'SLOT_FULL') onFull();
      else setError(errorMessage(e));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };
  return (
    <>
      <div className="apt-field apt-note">
        <label htmlFor="apt-note" className="apt-label">
          Ghi chú cho cán bộ <span className="lc-muted apt-optional">(không bắt buộc)</span>
        </label>
        <textarea
          id="apt-note"
          className="apt-input"
          rows={2}
          maxLength={500}
          placeholder="Ví dụ: cần hướng dẫn khai tờ khai, đi cùng người cao tuổi"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {error && (
        <p className="apt-error" role="alert">
          {error}
        </p>
      )}
      <div className="apt-cta">
        <button type="button" className="lc-button lc-button--block" onClick={() => void send()} disabled={sending} aria-busy={sending}>
          <Icon name="calendar" size={20} /> {sending ? 'Đang đặt lịch…' : `Đặt lịch ${body.time}, ${longDate(body.date)}`}
        </button>
      </div>
    </>
  );
}

/** Booking a place at a one-stop desk: office, then day, then half hour, then confirm. */
export default function BookPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const bump = useSetRecoilState(appointmentsVersionState);
  const officeId = params.get('office');
  const procedureId = params.get('procedure');
  const [date, setDate] = useState<string | null>(null);
  const [time, setTime] = useState<string | null>(null);
  const [full, setFull] = useState(false);

  const chooseOffice = (office: AppointmentOffice | null) => {
    const next = new URLSearchParams(params);
    if (office) next.set('office', office.id);
    else next.delete('office');
    setParams(next, { replace: true });
    setDate(null);
    setTime(null);
  };
  const chooseDate = useCallback((d: string) => {
    setDate(d);
    setTime(null);
  }, []);

  return (
    <PageShell title="Đặt lịch hẹn" onRefresh={async () => bump((v) => v + 1)}>
      <div className="lc-card apt-intro">
        <h2 className="apt-title">Đặt lịch hẹn tại bộ phận Một cửa</h2>
        <p className="lc-muted apt-text">Chọn nơi, ngày và giờ đến làm thủ tục. Đến đúng giờ, bạn được tiếp nhận ngay, không phải bốc số chờ.</p>
        {procedureId && (
          <Suspense fallback={null}>
            <ProcedureLine id={procedureId} />
          </Suspense>
        )}
      </div>
      <Section title="1. Nơi hẹn">
        <AsyncBoundary fallback={<SkeletonList count={4} />} onRetry={() => bump((v) => v + 1)}>
          {officeId ? <Office id={officeId} onChange={() => chooseOffice(null)} /> : <OfficePicker onSelect={chooseOffice} />}
        </AsyncBoundary>
      </Section>
      {officeId && (
        <Section title="2. Ngày hẹn">
          <AsyncBoundary fallback={<Skeleton height={76} radius={14} />} onRetry={() => bump((v) => v + 1)}>
            <DayPicker officeId={officeId} value={date} onChange={chooseDate} />
          </AsyncBoundary>
        </Section>
      )}
      {officeId && date && (
        <Section title="3. Giờ hẹn">
          <AsyncBoundary key={date} fallback={<Skeleton height={120} radius={14} />} onRetry={() => bump((v) => v + 1)}>
            {full && (
              <p className="apt-error" role="alert">
                Giờ bạn chọn vừa hết chỗ. Các giờ còn chỗ đã được cập nhật, vui lòng chọn giờ khác.
              </p>
            )}
            <SlotPicker
              officeId={officeId}
              date={date}
              value={time}
              onChange={(t) => {
                setTime(t);
                setFull(false);
              }}
            />
          </AsyncBoundary>
        </Section>
      )}
      {officeId && date && time && (
        <Confirm
          body={{ officeId, date, time, ...(procedureId ? { procedureId } : {}) }}
          onBooked={(code) => {
            bump((v) => v + 1);
            navigate(paths.appointment(code), { replace: true, state: { booked: true } });
          }}
          onFull={() => {
            setTime(null);
            setFull(true);
            bump((v) => v + 1);
          }}
        />
      )}
    </PageShell>
  );
}
