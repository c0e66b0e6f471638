import { useEffect, useRef } from 'react';
import type { Programme } from '@contract/tv';
import { formatTime } from '@/shared/format';

export function onAir(items: Programme[], now: number): { current: Programme | null; next: Programme | null } {
  const i = items.findIndex((p) => Date.parse(p.start) <= now && now < Date.parse(p.end));
  if (i === -1) return { current: null, next: null };
  return { current: items[i], next: items[i + 1] ?? null };
}

/** A day's programmes; the one on air is highlighted and scrolled into view once. */
export function ProgrammeList({ items, now }: { items: Programme[]; now: number }) {
  const { current } = onAir(items, now);
  const currentRef = useRef<HTMLLIElement | null>(null);
  const scrolled = useRef(false);
  useEffect(() => {
    if (current && currentRef.current && !scrolled.current) {
      scrolled.current = true;
      currentRef.current.scrollIntoView?.({ block: 'center' });
    }
  }, [current]);
  return (
    <ol className="tv-programmes" aria-label="Lịch phát sóng">
      {items.map((p) => {
        const isOn = current?.id === p.id;
        const isPast = Date.parse(p.end) <= now;
        return (
          <li
            key={p.id}
            ref={isOn ? currentRef : undefined}
            className={`tv-programme${isOn ? ' tv-programme--on' : ''}${isPast ? ' tv-programme--past' : ''}`}
            aria-current={isOn ? 'true' : undefined}
            data-testid="programme"
          >
            <time className="tv-programme-time" dateTime={p.start}>
              {formatTime(p.start)}
            </time>
            <div className="tv-programme-text">
              <p className="tv-programme-title">
                {p.title}
                {isOn && <span className="tv-onair-badge">Đang phát</span>}
              </p>
              <p className="tv-programme-meta">
                {p.category}
                {p.live ? ' · Trực tiếp' : ''}
              </p>
              {isOn && <p className="tv-programme-desc">{p.description}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
