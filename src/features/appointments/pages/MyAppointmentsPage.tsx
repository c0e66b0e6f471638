import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useRecoilValue, useSetRecoilState } from 'recoil';
import type { Appointment } from '@contract/appointments';
import { paths } from '@/shared/routes';
import { AsyncBoundary, Chips, EmptyState, Icon, PageShell, SkeletonList } from '@/shared/ui';
import { appointmentsVersionState, myAppointmentsQuery, type AppointmentsTab } from '../state';
import { statusOf } from '../components/TicketCard';
import { longDate, slotRange } from '../dates';
import '../appointments.css';

function Row({ a }: { a: Appointment }) {
  const status = statusOf(a);
  return (
    <li>
      <Link to={paths.appointment(a.code)} className={`lc-card apt-row apt-ticket--${status.tone}`}>
        <span className="apt-row-when">
          <span className="apt-row-time">{slotRange(a.time)}</span>
          <span className="apt-row-date">{longDate(a.date)}</span>
        </span>
        <span className="apt-row-where">
          <span className="apt-office-name">{a.office.name}</span>
          {a.procedure && <span className="lc-muted apt-row-proc">{a.procedure.name}</span>}
        </span>
        <span className={`apt-status apt-status--${status.tone}`}>{status.label}</span>
      </Link>
    </li>
  );
}

function List({ tab }: { tab: AppointmentsTab }) {
  const page = useRecoilValue(myAppointmentsQuery(tab));
  if (page.total === 0) {
    return (
      <EmptyState
        icon="calendar"
        title={tab === 'upcoming' ? 'Chưa có lịch hẹn sắp tới' : 'Chưa có lịch hẹn nào đã qua'}
        description="Đặt lịch để đến bộ phận Một cửa đúng giờ, không phải bốc số chờ."
        action={
          <Link to={paths.bookAppointment()} className="lc-button">
            Đặt lịch hẹn
          </Link>
        }
      />
    );
  }
  return (
    <ul className="apt-list">
      {page.items.map((a) => (
        <Row key={a.code} a={a} />
      ))}
    </ul>
  );
}

/** "Lịch hẹn của tôi": upcoming appointments, soonest first, and the past ones. */
export default function MyAppointmentsPage() {
  const [tab, setTab] = useState<AppointmentsTab>('upcoming');
  const bump = useSetRecoilState(appointmentsVersionState);
  return (
    <PageShell
      title="Lịch hẹn của tôi"
      onRefresh={async () => bump((v) => v + 1)}
      actions={
        <Link to={paths.bookAppointment()} className="lc-icon-button" aria-label="Đặt lịch hẹn mới">
          <Icon name="plus" />
        </Link>
      }
    >
      <Chips
        label="Nhóm lịch hẹn"
        value={tab}
        onChange={setTab}
        options={[
          { value: 'upcoming', label: 'Sắp tới' },
          { value: 'past', label: 'Đã qua, đã hủy' },
        ]}
      />
      <AsyncBoundary key={tab} fallback={<SkeletonList count={3} />} onRetry={() => bump((v) => v + 1)}>
        <List tab={tab} />
      </AsyncBoundary>
    </PageShell>
  );
}
