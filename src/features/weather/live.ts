import { useEffect, useState } from 'react';
import type { AlertList, CurrentWeather, StreamObservation, WeatherAlert } from '@contract/weather';
import { isAppPaused, onAppLifecycle } from '@/shared/zalo/lifecycle';
import { streamUrl } from './api';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'paused' | 'unsupported';

export interface LiveWeather {
  /** Latest observation per area id, as they arrive. */
  observations: Record<string, CurrentWeather>;
  /** Time of the latest observation (ISO, +07:00). */
  updatedAt: string | null;
  alerts: WeatherAlert[] | null;
  status: LiveStatus;
}

/** No observation for this long means the connection is dead even if the socket looks open. */
export const STALE_AFTER_MS = 150_000;
const MAX_BACKOFF_MS = 60_000;

/** 1 s, 2 s, 4 s … up to a minute, with jitter so phones do not all come back at once. */
export function backoffDelay(attempt: number, random = Math.random): number {
  return Math.round(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt) * (0.75 + 0.5 * random()));
}

/**
 * New observations over Server-Sent Events while the app is in front. The connection closes when
 * the app is paused (Zalo's AppPaused, or a hidden tab) and reopens, with fresh numbers, when it
 * comes back; a lost connection is retried with backoff,
 * and the status says so, so the page can mark its numbers as no longer live.
 */
export function useLiveWeather(areaIds?: string[]): LiveWeather {
  const url = streamUrl(areaIds);
  const [state, setState] = useState<LiveWeather>({ observations: {}, updatedAt: null, alerts: null, status: 'connecting' });

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setState((s) => ({ ...s, status: 'unsupported' }));
      return;
    }
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let disposed = false;
    const setStatus = (status: LiveStatus) => setState((s) => (s.status === status ? s : { ...s, status }));

    const close = () => {
      source?.close();
      source = null;
      clearTimeout(retryTimer);
      clearTimeout(watchdog);
    };
    const retryLater = () => {
      close();
      if (disposed) return;
      setStatus('reconnecting');
      retryTimer = setTimeout(connect, backoffDelay(attempt++));
    };
    const armWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(retryLater, STALE_AFTER_MS);
    };
    function connect() {
      if (disposed) return;
      if (isAppPaused()) {
        setStatus('paused');
        return;
      }
      const es = new EventSource(url);
      source = es;
      armWatchdog();
      es.addEventListener('observation', (e) => {
        const data = JSON.parse((e as MessageEvent<string>).data) as StreamObservation;
        attempt = 0;
        armWatchdog();
        setState((s) => {
          const observations = { ...s.observations };
          for (const item of data.items) observations[item.areaId] = item.current;
          return { ...s, observations, updatedAt: data.time, status: 'live' };
        });
      });
      es.addEventListener('alerts', (e) => {
        const data = JSON.parse((e as MessageEvent<string>).data) as AlertList;
        setState((s) => ({ ...s, alerts: data.items }));
      });
      // EventSource would retry on its own at a fixed pace; we take over to back off properly.
      es.onerror = () => retryLater();
    }
    const onPaused = () => {
      close();
      setStatus('paused');
    };
    const onResumed = () => {
      if (source) return;
      attempt = 0;
      setStatus('connecting');
      connect();
    };

    // The phone says it lost the network: mark the numbers stale now rather than at the watchdog,
    // and come back as soon as it is online again.
    const onOffline = () => retryLater();
    const onOnline = () => {
      if (source || isAppPaused()) return;
      attempt = 0;
      clearTimeout(retryTimer);
      connect();
    };

    connect();
    const offLifecycle = onAppLifecycle({ paused: onPaused, resumed: onResumed });
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    return () => {
      disposed = true;
      close();
      offLifecycle();
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }, [url]);

  return state;
}
