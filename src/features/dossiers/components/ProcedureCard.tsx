import { Link } from 'react-router-dom';
import type { ProcedureSummary } from '@contract/dossiers';
import { paths } from '@/shared/routes';
import { Icon } from '@/shared/ui';
import { formatVnd } from '@/shared/format';

export function ProcedureCard({ procedure: p }: { procedure: ProcedureSummary }) {
  return (
    <Link to={paths.procedure(p.id)} className="lc-card dsr-proc-card">
      <span className="dsr-proc-field">{p.fieldLabel}</span>
      <span className="dsr-proc-name">{p.name}</span>
      <span className="dsr-proc-meta">
        <span className={`lc-badge${p.serviceLevel === 'full' ? '' : ' dsr-badge-partial'}`}>{p.serviceLevelLabel}</span>
        <span>
          <Icon name="clock" size={14} /> {p.processingDays} ngày làm việc
        </span>
        <span>{p.feeVnd === 0 ? 'Miễn phí' : formatVnd(p.feeVnd)}</span>
      </span>
      <span className="dsr-proc-agency lc-muted">{p.authority.name}</span>
    </Link>
  );
}
