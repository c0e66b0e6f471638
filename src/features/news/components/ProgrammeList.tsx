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
  const listRef = useRef<HTMLOListElement | null>(null);
  const currentRef = useRef<HTMLLIElement | null>(null);
  const scrolled = useRef(false);
  // The list scrolls inside its own box, so the player stays in view: bring the programme on
  // air near the top of the box once, then leave the scrolling to the user.
  useEffect(() => {
    const list = listRef.current;
    const item = currentRef.current;
    if (current && list && item && !scrolled.current) {
      scrolled.current = true;
      list.scrollTop = Math.max(0, item.offsetTop - 48);
    }
  }, [current]);
  return (
    <ol ref={listRef} className="tv-programmes" aria-label="Lịch phát sóng" tabIndex={0}>
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
