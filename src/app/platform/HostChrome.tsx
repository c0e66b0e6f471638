import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTheme } from 'zmp-ui/esm/hooks/useTheme';
import { useCurrentHeaderTone } from '@/shared/ui';
import { onOpenApp } from '@/shared/zalo/lifecycle';
import { setStatusBarText } from '@/shared/zalo/platform';

/**
 * The status bar's clock and icons float over each page's header inside Zalo: white on the
 * green home header and in the dark theme, black on light headers (app-config.json starts with
 * black, the colour of most pages).
 */
export function StatusBarSync() {
  const tone = useCurrentHeaderTone();
  const [theme] = useTheme();
  useEffect(() => {
    void setStatusBarText(tone === 'brand' || theme === 'dark' ? 'white' : 'black');
  }, [tone, theme]);
  return null;
}

/**
 * A QR code scanned with Zalo's camera, or a deep link tapped in a chat, while the app is already
 * open: Zalo brings the app forward with an OpenApp event instead of loading it again. The app
 * goes there as if the resident had tapped a link (Back returns to where they were); `?qr=` is
 * then resolved by QrDeepLink, which replaces that step with the item's page.
 */
export function OpenAppListener() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const here = useRef('');
  here.current = pathname + search;
  useEffect(
    () =>
      onOpenApp((path) => {
        // The same address again (the code of the page on screen): nothing to add to history.
        if (path !== here.current) navigate(path);
      }),
    [navigate],
  );
  return null;
}
