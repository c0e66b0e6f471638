import { Link } from 'react-router-dom';
import type { Outage } from '@contract/outages';
import { paths } from '@/shared/routes';
import { Icon } from '@/shared/ui';
import { StatusBadge } from './StatusBadge';
import { timeRange, TYPE_LABEL } from '../format';

/** One outage in a list: time, status, where, who announced it. */
export function OutageCard({ outage }: { outage: Outage }) {
  return (
    <Link to={paths.outage(outage.id)} className={`oc-card oc-card--${outage.status}`}>
      <span className="oc-card-top">
        <span className="oc-time">
          <Icon name="clock" size={16} /> {timeRange(outage)}
        </span>
        <StatusBadge status={outage.status} />
      </span>
      <span className="oc-where">{outage.communes.join(', ')}</span>
      <span className="oc-branch">
        {outage.branch}
        {outage.type === 'emergency' && <span className="lc-badge lc-badge--danger">{TYPE_LABEL.emergency}</span>}
      </span>
      <span className="oc-area">{outage.area}</span>
    </Link>
  );
}
