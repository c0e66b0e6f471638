import type { WeatherAlert } from '@contract/weather';
import { Icon, type IconName } from '@/shared/ui';
import { alertWhen } from './alertWhen';

const KIND_ICON: Record<WeatherAlert['kind'], IconName> = { snow: 'snow', frost: 'thermometer', heavy_rain: 'rain', fog: 'fog' };

export function AlertCard({ alert, compact = false }: { alert: WeatherAlert; compact?: boolean }) {
  return (
    <article className={`wx-alert wx-alert--${alert.level}`} aria-label={alert.title}>
      <span className="wx-alert-icon" aria-hidden="true">
        <Icon name={KIND_ICON[alert.kind]} size={22} />
      </span>
      <div className="wx-alert-body">
        <p className="wx-alert-title">
          {alert.title}
          <span className={`lc-badge ${alert.level === 'warning' ? 'lc-badge--danger' : 'lc-badge--warn'}`}>
            {alert.level === 'warning' ? 'Cảnh báo' : 'Lưu ý'}
          </span>
        </p>
        <p className="wx-alert-when">{alertWhen(alert)}</p>
        {!compact && <p className="wx-alert-text">{alert.message}</p>}
      </div>
    </article>
  );
}
