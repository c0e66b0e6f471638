import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { parseDeepLinkParam, pathForItem } from '../targets';

/**
 * Opening the mini app from a deep link (`https://zalo.me/s/<APP_ID>/?qr=news/abc`, or `/?qr=…`
 * in a browser) lands on the item. Runs once per address that carries `qr`.
 */
export function QrDeepLink() {
  const { search } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const target = parseDeepLinkParam(new URLSearchParams(search).get('qr'));
    if (target) navigate(pathForItem(target.kind, target.id), { replace: true });
  }, [search, navigate]);
  return null;
}
