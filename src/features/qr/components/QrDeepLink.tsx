import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { parseDeepLinkParam, pathForItem } from '../targets';

/**
 * Opening the mini app from a deep link (`https://zalo.me/s/<APP_ID>/?qr=news/abc`, or `/?qr=…`
 * in a browser) lands on the item; a dossier receipt's link keeps its key. Runs once per address
 * that carries `qr`.
 */
export function QrDeepLink() {
  const { search } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const params = new URLSearchParams(search);
    const target = parseDeepLinkParam(params.get('qr'), params.get('key'));
    if (target) navigate(pathForItem(target.kind, target.id, target.key), { replace: true });
  }, [search, navigate]);
  return null;
}
