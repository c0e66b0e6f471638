import { useCallback, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { FeedFilter } from './api';

/**
 * A feed's filters live in the address (?source=…&category=…&q=…), so deep links and Back work.
 * Returns the address's parameters and a stable `onChange` that sets or drops filters (empty drops)
 * and goes back to the top of the list.
 */
export function useFeedFilterParams(): [URLSearchParams, (change: Partial<FeedFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const setParamsRef = useRef(setParams);
  setParamsRef.current = setParams;
  const onChange = useCallback((change: Partial<FeedFilter>) => {
    setParamsRef.current(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(change)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
    window.scrollTo?.({ top: 0 });
  }, []);
  return [params, onChange];
}
