import { NavLink } from 'react-router-dom';
import { useRecoilValue } from 'recoil';
import { Icon } from '@/shared/ui';
import { unreadCountState } from '@/features/notifications';
import { tabs } from '../registry';

export function BottomNav() {
  const unread = useRecoilValue(unreadCountState);
  return (
    <nav className="lc-bottom-nav" aria-label="Điều hướng chính">
      {tabs.map((t) => {
        const count = t.badge === 'unread' ? unread : 0;
        return (
          <NavLink key={t.to} to={t.to} end className={({ isActive }) => `lc-tab${isActive ? ' lc-tab--on' : ''}`}>
            <span className="lc-tab-icon">
              <Icon name={t.icon} size={24} />
              {count > 0 && (
                <span className="lc-tab-badge" aria-hidden="true">
                  {count > 99 ? '99+' : count}
                </span>
              )}
            </span>
            <span>
              {t.label}
              {count > 0 && <span className="lc-visually-hidden">, {count} chưa đọc</span>}
            </span>
          </NavLink>
        );
      })}
    </nav>
  );
}
