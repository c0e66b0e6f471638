import { Link } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { AsyncBoundary, Icon, PageShell, Section, Skeleton, type IconName } from '@/shared/ui';
import { meQuery } from '@/shared/session';
import { ProfileCard } from '../components/ProfileCard';
import { SettingsSection } from '../components/SettingsSection';

export interface PersonalLinkItem {
  label: string;
  icon: IconName;
  to: string;
}

function ProfileSkeleton() {
  return (
    <div className="lc-card me-profile" role="status" aria-label="Đang tải thông tin cá nhân">
      <Skeleton width={64} height={64} radius={32} />
      <div style={{ flex: 1, display: 'grid', gap: 8 }}>
        <Skeleton width="60%" height={18} />
        <Skeleton width="40%" height={14} />
      </div>
    </div>
  );
}

function Profile() {
  const me = useRecoilValue(meQuery);
  return <ProfileCard user={me.user} />;
}

export default function MePage({ links }: { links: PersonalLinkItem[] }) {
  const refreshMe = useRecoilRefresher_UNSTABLE(meQuery);
  return (
    <PageShell title="Cá nhân" back={false} onRefresh={async () => refreshMe()}>
      <AsyncBoundary fallback={<ProfileSkeleton />} onRetry={refreshMe}>
        <Profile />
      </AsyncBoundary>
      <Section title="Của tôi">
        <ul className="lc-link-list">
          {links.map((l) => (
            <li key={l.to}>
              <Link to={l.to} className="lc-link-row">
                <Icon name={l.icon} className="lc-row-icon" />
                <span>{l.label}</span>
                <Icon name="forward" size={18} />
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <SettingsSection />
    </PageShell>
  );
}
