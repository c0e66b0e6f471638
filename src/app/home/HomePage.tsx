import { Link } from 'react-router-dom';
import { useRecoilValue } from 'recoil';
import { AsyncBoundary, Icon, PageShell, Section, WidgetBoundary } from '@/shared/ui';
import { currentUser, profileConsentState, sessionLoadedQuery } from '@/shared/session';
import { greeting } from '@/shared/format/greeting';
import { paths } from '@/shared/routes';
import { homeWidgets, serviceTiles } from '../registry';
import './home.css';

function GreetingView({ given }: { given: string | null }) {
  return (
    <div className="home-hello">
      <p className="home-hello-line">
        {greeting()}
        {given ? `, ${given}` : ''}!
      </p>
      <p className="home-hello-sub">Chính quyền Lào Cai luôn bên bạn, ngay trong Zalo.</p>
    </div>
  );
}

function Greeting() {
  const consent = useRecoilValue(profileConsentState);
  useRecoilValue(sessionLoadedQuery);
  const name = consent === 'granted' ? currentUser()?.name : null;
  const given = name ? name.trim().split(/\s+/).pop() : null;
  return <GreetingView given={given ?? null} />;
}

/** The first screen: greeting, the services, then live widgets (weather, outages, news…). */
export default function HomePage() {
  return (
    <PageShell title="Lào Cai số" back={false} tone="brand">
      {/* While the consent is read, the greeting without the name: same height, nothing moves. */}
      <AsyncBoundary fallback={<GreetingView given={null} />} silent>
        <Greeting />
      </AsyncBoundary>
      <Link to={paths.search} className="home-search">
        <Icon name="search" size={20} />
        <span className="home-search-text">Tìm tin, địa điểm, thủ tục…</span>
      </Link>
      {serviceTiles.length > 0 && (
        <Section title="Tiện ích">
          <nav className="home-grid" aria-label="Tiện ích">
            {serviceTiles.map((t) => (
              <Link key={t.id} to={t.to} className="home-tile">
                <span className="home-tile-icon" style={{ background: t.tint }}>
                  <Icon name={t.icon} size={26} />
                </span>
                <span className="home-tile-label">{t.label}</span>
              </Link>
            ))}
          </nav>
        </Section>
      )}
      {homeWidgets.map(({ id, widget: Widget }) => (
        // Outer boundary: the widget's own code is loaded lazily, and may fail to arrive.
        <WidgetBoundary key={id}>
          <Widget />
        </WidgetBoundary>
      ))}
    </PageShell>
  );
}
