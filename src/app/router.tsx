import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
// zmp-ui's Page and useNavigate read this context; we provide it ourselves (see AppRouter).
import { AnimationRouterContext } from 'zmp-ui/esm/components/router/ZMPRouter';

/**
 * The part of the address the app lives under: `/zapps/<APP_ID>` inside Zalo, nothing in a
 * browser. zmp-ui's ZMPRouter assumes the Zalo prefix in every production build, which leaves a
 * blank page anywhere else; this router finds the prefix from the address instead.
 */
export function detectBasePath(pathname: string): string {
  const m = /^\/zapps\/[^/]+/.exec(pathname);
  return m ? m[0] : '';
}

/**
 * React Router 7's behaviours, decided now rather than warned about on every page. Relative links
 * in splat routes: taken (the app has none that differ). Navigation in a transition: declined on
 * purpose. In a transition the old page stays on screen, doing nothing, until the next page's
 * code has arrived; on slow mobile data a resident would tap again. The skeleton shown at once
 * says the tap was heard.
 */
const ROUTER_FUTURE = { v7_relativeSplatPath: true, v7_startTransition: false } as const;

export function AppRouter({ children }: { children: ReactNode }) {
  const basename = useMemo(() => detectBasePath(window.location.pathname), []);
  const [animate, setAnimateState] = useState(true);
  const [direction, setDirection] = useState<'forward' | 'backward'>('forward');
  const positions = useRef<Record<string, number>>({});
  const setAnimate = useCallback(({ animate: a = true, direction: d = 'forward' }: { animate?: boolean; direction?: string }) => {
    setAnimateState(!!a);
    setDirection(d === 'backward' ? 'backward' : 'forward');
  }, []);
  const context = useMemo(
    () => ({
      setAnimate,
      animate,
      direction,
      pageScrollPosition: positions.current,
      updatePosition: (key: string, position: number) => {
        positions.current[key] = position;
      },
    }),
    [animate, direction, setAnimate],
  );
  return (
    <AnimationRouterContext.Provider value={context}>
      <BrowserRouter basename={basename} future={ROUTER_FUTURE}>
        {children}
      </BrowserRouter>
    </AnimationRouterContext.Provider>
  );
}
