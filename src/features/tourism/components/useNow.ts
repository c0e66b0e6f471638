import { useEffect, useState } from 'react';

/** The current time, renewed every `everyMs` so "đang mở cửa" and "hôm nay" stay true on an open page. */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
