import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, STALE_AFTER_MS, useLiveWeather } from './live';

/** A stand-in for the browser's EventSource that the test drives by hand. */
class FakeEventSource {
  static all: FakeEventSource[] = [];
  listeners: Record<string, ((e: MessageEvent) => void)[]> = {};
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  addEventListener(type: string, fn: (e: MessageEvent) => void) {
    (this.listeners[type] ??= []).push(fn);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    for (const fn of this.listeners[type] ?? []) fn(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
  static get last() {
    return FakeEventSource.all[FakeEventSource.all.length - 1];
  }
}

const observation = (time: string, t: number) => ({
  time,
  items: [{ areaId: 'sa-pa', current: { time, temperature_2m: t, weather_code: 2, is_day: 1 } }],
});

let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.all = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('live weather over Server-Sent Events', () => {
  it('backs off from 1 s to a minute, with jitter', () => {
    expect(backoffDelay(0, () => 0.5)).toBe(1000);
    expect(backoffDelay(3, () => 0.5)).toBe(8000);
    expect(backoffDelay(20, () => 0.5)).toBe(60_000);
    expect(backoffDelay(2, () => 0)).toBe(3000);
    expect(backoffDelay(2, () => 1)).toBe(5000);
  });

  it('takes observations as they arrive and says it is live', () => {
    const { result } = renderHook(() => useLiveWeather(['sa-pa']));
    expect(FakeEventSource.last.url).toBe('/api/weather/stream?area=sa-pa');
    expect(result.current.status).toBe('connecting');
    act(() => FakeEventSource.last.emit('observation', observation('2026-11-27T09:41:00+07:00', 11.2)));
    expect(result.current.status).toBe('live');
    expect(result.current.updatedAt).toBe('2026-11-27T09:41:00+07:00');
    expect(result.current.observations['sa-pa'].temperature_2m).toBe(11.2);
    act(() => FakeEventSource.last.emit('alerts', { time: '2026-11-27T09:41:00+07:00', items: [{ id: 'fog-sa-pa-20261127' }] }));
    expect(result.current.alerts).toHaveLength(1);
  });

  it('marks the numbers stale on a lost connection and reconnects with backoff', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { result } = renderHook(() => useLiveWeather());
    act(() => FakeEventSource.last.emit('observation', observation('2026-11-27T09:41:00+07:00', 11)));
    const first = FakeEventSource.last;
    act(() => first.onerror?.());
    expect(first.closed).toBe(true);
    expect(result.current.status).toBe('reconnecting');
    expect(result.current.updatedAt).toBe('2026-11-27T09:41:00+07:00'); // the old numbers stay, marked
    act(() => vi.advanceTimersByTime(999));
    expect(FakeEventSource.all).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(FakeEventSource.all).toHaveLength(2);
    act(() => FakeEventSource.last.onerror?.());
    act(() => vi.advanceTimersByTime(1999));
    expect(FakeEventSource.all).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1));
    expect(FakeEventSource.all).toHaveLength(3);
    act(() => FakeEventSource.last.emit('observation', observation('2026-11-27T09:43:00+07:00', 11.4)));
    expect(result.current.status).toBe('live');
  });

  it('treats a silent connection as lost', () => {
    const { result } = renderHook(() => useLiveWeather());
    act(() => FakeEventSource.last.emit('observation', observation('2026-11-27T09:41:00+07:00', 11)));
    act(() => vi.advanceTimersByTime(STALE_AFTER_MS));
    expect(result.current.status).toBe('reconnecting');
  });

  it('closes while the page is hidden and comes back when it is shown', () => {
    const { result, unmount } = renderHook(() => useLiveWeather());
    const first = FakeEventSource.last;
    visibility = 'hidden';
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(first.closed).toBe(true);
    expect(result.current.status).toBe('paused');
    visibility = 'visible';
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(FakeEventSource.all).toHaveLength(2);
    unmount();
    expect(FakeEventSource.last.closed).toBe(true);
  });
});
