import { NavLink } from 'react-router-dom';
import { Icon } from '@/shared/ui';
import { paths } from '@/shared/routes';

const TABS = [
  { to: paths.places, label: 'Địa điểm', icon: 'mountain' as const },
  { to: paths.tours, label: 'Tour', icon: 'route' as const },
  { to: paths.tourismNews, label: 'Tin du lịch', icon: 'news' as const },
];

/** Switches between the three tourism lists; replaces the entry so "back" leaves tourism. */
export function TourismTabs() {
  return (
    <nav className="tr-tabs" aria-label="Du lịch">
      {TABS.map((t) => (
        <NavLink key={t.to} to={t.to} end replace className="tr-tab">
          <Icon name={t.icon} size={18} />
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}
