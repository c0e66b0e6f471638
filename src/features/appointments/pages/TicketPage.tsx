import { useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useRecoilValueLoadable, useSetRecoilState } from 'recoil';
import type { Appointment } from '@contract/appointments';
import { ApiError, errorMessage, newIdempotencyKey } from '@/shared/api';
import { paths } from '@/shared/routes';
import { AsyncBoundary, EmptyState, Icon, PageShell, Skeleton } from '@/shared/ui';
import { Sheet } from '@/shared/ui/Sheet';
import { showToast } from '@/shared/zalo';
import { appointmentQuery, appointmentsVersionState } from '../state';
import { cancelAppointment } from '../api';
import { TicketCard } from '../components/TicketCard';
import { longDate } from '../dates';
import '../appointments.css';

const REASONS = ['Tôi bận việc đột xuất', 'Tôi đã làm xong thủ tục', 'Tôi muốn đặt giờ khác', 'Lý do khác'];

function CancelSheet({ a, onClose }: { a: Appointment; onClose: () => void }) {
  const [reason, setReason] = useState(REASONS[0]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bump = useSetRecoilState(appointmentsVersionState);
  const key = useRef(newIdempotencyKey());
  const confirm = async () => {
    setSending(true);
    setError(null);
    try {
      await cancelAppointment(a.code, reason === 'Lý do khác' ? {} : { reason }, key.current);
      onClose();
      bump((v) => v + 1);
      await showToast('Đã hủy lịch hẹn. Chỗ của bạn được nhường cho người khác.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSending(false);
    }
  };
  return (
    <Sheet title="Hủy lịch hẹn?" open onClose={onClose}>
      <p>
        Lịch hẹn lúc <strong>{a.time}</strong>, {longDate(a.date)} tại {a.office.name} sẽ bị hủy và chỗ được nhường cho người khác.
      </p>
      <fieldset className="apt-fieldset">
        <legend className="apt-label">Lý do</legend>
        {REASONS.map((r) => (
          <label key={r} className="apt-radio">
            <input type="radio" name="cancel-reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
            <span>{r}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="apt-error" role="alert">
          {error}
        </p>
      )}
      <div className="lc-sheet-actions">
        <button type="button" className="lc-button lc-button--secondary" onClick={onClose} disabled={sending}>
          Giữ lịch hẹn
        </button>
        <button type="button" className="lc-button lc-button--danger" onClick={() => void confirm()} disabled={sending} aria-busy={sending}>
          {sending ? 'Đang hủy…' : 'Hủy lịch hẹn'}
        </button>
      </div>
    </Sheet>
  );
}

function Content({ code }: { code: string }) {
  const loadable = useRecoilValueLoadable(appointmentQuery(code));
  const location = useLocation();
  const [cancelling, setCancelling] = useState(false);
  if (loadable.state === 'loading') throw loadable.contents;
  if (loadable.state === 'hasError') {
    const e = loadable.contents;
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
      return (
        <EmptyState
          icon="calendar"
          title="Không tìm thấy lịch hẹn"
          description={`Lịch hẹn ${code} không có trong tài khoản Zalo của bạn. Lịch hẹn chỉ hiện với người đã đặt.`}
          action={
            <Link to={paths.myAppointments} className="lc-button lc-button--secondary">
              Xem lịch hẹn của tôi
            </Link>
          }
        />
      );
    }
    throw e;
  }
  const a = loadable.contents;
  const justBooked = (location.state as { booked?: boolean } | null)?.booked && a.status === 'booked';
  return (
    <>
      {justBooked && (
        <p className="apt-done" role="status">
          <Icon name="check" size={22} /> Đã đặt lịch hẹn. Bạn sẽ nhận được lời nhắc vào hôm trước.
        </p>
      )}
      <TicketCard a={a} />
      {a.canCancel && (
        <div className="apt-actions">
          <Link to={paths.myAppointments} className="lc-button lc-button--secondary lc-button--block">
            Xem tất cả lịch hẹn
          </Link>
          <button type="button" className="lc-button lc-button--secondary apt-danger-outline lc-button--block" onClick={() => setCancelling(true)}>
            Hủy lịch hẹn
          </button>
        </div>
      )}
      {!a.canCancel && (
        <div className="apt-actions">
          <Link to={paths.bookAppointment({ office: a.office.id, procedure: a.procedure?.id })} className="lc-button lc-button--block">
            <Icon name="calendar" size={20} /> Đặt lịch hẹn mới
          </Link>
        </div>
      )}
      {cancelling && <CancelSheet a={a} onClose={() => setCancelling(false)} />}
    </>
  );
}

/** One appointment: the ticket with its QR code, and cancelling it while it is still ahead. */
export default function TicketPage() {
  const { code = '' } = useParams();
  const bump = useSetRecoilState(appointmentsVersionState);
  return (
    <PageShell title="Lịch hẹn" onRefresh={async () => bump((v) => v + 1)}>
      <AsyncBoundary fallback={<Skeleton height={420} radius={16} />} onRetry={() => bump((v) => v + 1)}>
        <Content code={code.trim().toUpperCase()} />
      </AsyncBoundary>
    </PageShell>
  );
}
