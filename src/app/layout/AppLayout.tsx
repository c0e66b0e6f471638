import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { BottomNav } from './BottomNav';
import { PageSkeleton } from './PageSkeleton';
import { tabs } from '../registry';

/** Tab pages show the bottom navigation; pages opened from them show a back button instead. */
export function AppLayout() {
  const { pathname } = useLocation();
  const isTab = tabs.some((t) => t.to === pathname);
  return (
    <div className={isTab ? 'lc-with-nav' : undefined}>
      <Suspense fallback={<PageSkeleton />}>
        <Outlet />
      </Suspense>
      {isTab && <BottomNav />}
    </div>
  );
}
