import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { onOpenApp } from '@/shared/zalo/lifecycle';

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
