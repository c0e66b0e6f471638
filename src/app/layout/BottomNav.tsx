import { NavLink } from 'react-router-dom';
import { Icon } from '@/shared/ui';
import { tabs } from '../registry';

export function BottomNav() {
  return (
    <nav className="lc-bottom-nav" aria-label="Điều hướng chính">
      {tabs.map((t) => (
        <NavLink key={t.to} to={t.to} end className={({ isActive }) => `lc-tab${isActive ? ' lc-tab--on' : ''}`}>
          <Icon name={t.icon} size={24} />
          <span>{t.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
