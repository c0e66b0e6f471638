/**
 * Calendar rules of tourism: is a place open now, does a market meet today, when is the next
 * festival. Plain functions of a rule and an instant (epoch ms), in Vietnam's time zone, with no
 * Node APIs and no clock of their own: callers pass the time, tests pass a fixed one.
 */
import type { DayRule, OpeningHours } from '../contract/tourism.js';
import { solarToLunar, type LunarDate } from './lunar.js';

const DAY_MS = 24 * 3600 * 1000;
const VN_OFFSET_MS = 7 * 3600 * 1000;

/** A calendar day in Vietnam, counted in days since 1970-01-01. */
export interface VnDay {
  dayNumber: number;
  year: number;
  month: number;
  day: number;
  /** ISO weekday: 1 = thứ Hai … 7 = Chủ nhật. */
  weekday: number;
}

export function vnDayOf(dayNumber: number): VnDay {
  const d = new Date(dayNumber * DAY_MS);
  const js = d.getUTCDay();
  return {
    dayNumber,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: js === 0 ? 7 : js,
  };
}

export const dayNumberAt = (ms: number) => Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
/** Minutes since midnight, Vietnam time. */
export const minuteOfDayAt = (ms: number) => Math.floor(((ms + VN_OFFSET_MS) % DAY_MS + DAY_MS) % DAY_MS / 60_000);
/** Epoch ms of a minute of a Vietnamese day. */
export const instantOf = (dayNumber: number, minute: number) => dayNumber * DAY_MS + minute * 60_000 - VN_OFFSET_MS;

const pad = (n: number) => String(n).padStart(2, '0');
export const dateKeyOf = (day: VnDay) => `${day.year}-${pad(day.month)}-${pad(day.day)}`;

export function lunarOf(day: VnDay): LunarDate {
  return solarToLunar(day.day, day.month, day.year);
}

const hasLunar = (rule: DayRule) => !!rule.lunarDays?.length;

/** Does the rule name this day? The weekday part or the lunar part may match. */
export function matchesDay(rule: DayRule, day: VnDay): boolean {
  if (rule.weekdays?.includes(day.weekday)) return true;
  if (hasLunar(rule)) {
    const l = lunarOf(day);
    // A leap month repeats the month's number but is not the month: festivals keep to the ordinary one.
    if (rule.lunarMonths?.length && (l.leap || !rule.lunarMonths.includes(l.month))) return false;
    if (rule.lunarDays!.includes(l.day)) return true;
    // The 30th in a 29-day month: the last day of the month stands in for it.
    if (rule.lunarDays!.includes(30) && l.day === 29) {
      const next = lunarOf(vnDayOf(day.dayNumber + 1));
      return next.day === 1;
    }
  }
  return false;
}

/** Does the rule name the Vietnamese day containing `atMs`? */
export function isRuleDay(rule: DayRule, atMs: number): boolean {
  return matchesDay(rule, vnDayOf(dayNumberAt(atMs)));
}

/** The next day the rule names, from the day of `atMs` (included) on; null if none within `horizonDays`. */
export function nextRuleDay(rule: DayRule, atMs: number, horizonDays = 400): VnDay | null {
  const start = dayNumberAt(atMs);
  const weekly = !hasLunar(rule);
  const limit = weekly ? Math.min(horizonDays, 7) : horizonDays;
  for (let i = 0; i < limit; i++) {
    const day = vnDayOf(start + i);
    if (matchesDay(rule, day)) return day;
  }
  return null;
}

/** "07:30" → 450. */
export function parseClock(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return h * 60 + m;
}

export interface OpenStateAt {
  open: boolean;
  alwaysOpen: boolean;
  /** Epoch ms it closes at, while open (null when always open). */
  closesAt: number | null;
  /** Epoch ms it opens next, while closed. */
  nextOpenAt: number | null;
}

/**
 * Open now? A period runs on each day its rule names, from `opens` to `closes`; a period whose
 * closing time is not after its opening time runs past midnight into the next day.
 */
export function openStateAt(hours: OpeningHours, atMs: number, horizonDays = 400): OpenStateAt {
  if (hours.alwaysOpen) return { open: true, alwaysOpen: true, closesAt: null, nextOpenAt: null };
  const today = dayNumberAt(atMs);
  const minute = minuteOfDayAt(atMs);
  // Spans (epoch ms) of the periods that touch today: yesterday's overnight ones and today's.
  let closesAt: number | null = null;
  for (const p of hours.periods) {
    const opens = parseClock(p.opens);
    const closes = parseClock(p.closes);
    const overnight = closes <= opens;
    if (matchesDay(p.days, vnDayOf(today)) && minute >= opens && (overnight || minute < closes)) {
      const end = overnight ? instantOf(today + 1, closes) : instantOf(today, closes);
      closesAt = Math.max(closesAt ?? 0, end);
    }
    if (overnight && matchesDay(p.days, vnDayOf(today - 1)) && minute < closes) {
      closesAt = Math.max(closesAt ?? 0, instantOf(today, closes));
    }
  }
  if (closesAt !== null) return { open: true, alwaysOpen: false, closesAt, nextOpenAt: null };
  return { open: false, alwaysOpen: false, closesAt: null, nextOpenAt: nextOpening(hours, atMs, horizonDays) };
}

function nextOpening(hours: OpeningHours, atMs: number, horizonDays: number): number | null {
  if (!hours.periods.length) return null;
  const today = dayNumberAt(atMs);
  const lunar = hours.periods.some((p) => hasLunar(p.days));
  const limit = lunar ? horizonDays : Math.min(horizonDays, 8);
  for (let i = 0; i < limit; i++) {
    const day = vnDayOf(today + i);
    let best: number | null = null;
    for (const p of hours.periods) {
      if (!matchesDay(p.days, day)) continue;
      const at = instantOf(day.dayNumber, parseClock(p.opens));
      if (at > atMs && (best === null || at < best)) best = at;
    }
    if (best !== null) return best;
  }
  return null;
}

// ---- Words ----

const WEEKDAY_NAMES = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const LUNAR_MONTH_NAMES = ['', 'tháng Giêng', 'tháng Hai', 'tháng Ba', 'tháng Tư', 'tháng Năm', 'tháng Sáu', 'tháng Bảy', 'tháng Tám', 'tháng Chín', 'tháng Mười', 'tháng Mười Một', 'tháng Chạp'];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return words.slice(0, -1).join(', ') + ' và ' + words[words.length - 1];
}

export function weekdaysLabel(weekdays: number[]): string {
  const sorted = [...new Set(weekdays)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'hằng ngày';
  if (sorted.length === 6 && !sorted.includes(1)) return 'thứ Ba đến Chủ nhật';
  if (sorted.length === 5 && sorted.every((d) => d <= 5)) return 'thứ Hai đến thứ Sáu';
  if (sorted.length === 2 && sorted[0] === 6 && sorted[1] === 7) return 'thứ Bảy và Chủ nhật';
  return listWords(sorted.map((d) => WEEKDAY_NAMES[d]));
}

function lunarDayWord(d: number): string {
  if (d === 15) return 'rằm';
  if (d <= 10) return `mùng ${d}`;
  return `ngày ${d}`;
}

/** "Chủ nhật hằng tuần", "Mùng 1 và rằm âm lịch hằng tháng", "Rằm tháng Giêng âm lịch". */
export function dayRuleLabel(rule: DayRule): string {
  const parts: string[] = [];
  if (rule.weekdays?.length) {
    const w = weekdaysLabel(rule.weekdays);
    parts.push(w === 'hằng ngày' ? w : `${w} hằng tuần`);
  }
  if (rule.lunarDays?.length) {
    const days = listWords([...rule.lunarDays].sort((a, b) => a - b).map(lunarDayWord));
    if (rule.lunarMonths?.length) {
      const months = listWords([...rule.lunarMonths].sort((a, b) => a - b).map((m) => LUNAR_MONTH_NAMES[m]));
      parts.push(`${days} ${months} âm lịch`);
    } else {
      parts.push(`${days} âm lịch hằng tháng`);
    }
  }
  return capitalise(parts.join('; '));
}

const clockWords = (text: string) => (text === '24:00' ? '24:00' : text.replace(/^0(\d)/, '$1'));

/** The hours in words: "Hằng ngày: 7:30–17:30", "Chủ nhật hằng tuần: 6:00–14:00". */
export function hoursLines(hours: OpeningHours): string[] {
  if (hours.alwaysOpen) return ['Mở cả ngày, không có cổng vé'];
  if (!hours.periods.length) return ['Tạm đóng cửa'];
  const lines = new Map<string, string[]>();
  for (const p of hours.periods) {
    const label = dayRuleLabel(p.days);
    const span = `${clockWords(p.opens)}–${clockWords(p.closes)}`;
    lines.set(label, [...(lines.get(label) ?? []), span]);
  }
  return [...lines].map(([label, spans]) => `${label}: ${spans.join(', ')}`);
}

const CAN = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
const CHI = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi'];

/** "Ất Tỵ" for lunar year 2025. */
export const lunarYearName = (year: number) => `${CAN[year % 10]} ${CHI[year % 12]}`;

/** "Mùng 8 tháng Mười năm Ất Tỵ", "Rằm tháng Giêng (nhuận) năm …". */
export function lunarDateLabel(l: LunarDate): string {
  const day = l.day === 15 ? 'Rằm' : l.day <= 10 ? `Mùng ${l.day}` : `Ngày ${l.day}`;
  return `${day} ${LUNAR_MONTH_NAMES[l.month]}${l.leap ? ' (nhuận)' : ''} năm ${lunarYearName(l.year)}`;
}

/** Month (1–12) of the Vietnamese day containing `atMs`. */
export const vnMonthAt = (atMs: number) => vnDayOf(dayNumberAt(atMs)).month;

/** A tour's departure days: weekdays, and the (solar) months it runs in, all year when absent. */
export interface DepartureRule {
  weekdays: number[];
  months?: number[];
}

/**
 * The next `count` departure days from the day after `atMs` (a tour cannot leave today once it is
 * being looked at), within `horizonDays`.
 */
export function nextDepartures(rule: DepartureRule, atMs: number, count: number, horizonDays = 120): VnDay[] {
  const out: VnDay[] = [];
  const today = dayNumberAt(atMs);
  for (let i = 1; i <= horizonDays && out.length < count; i++) {
    const day = vnDayOf(today + i);
    if (!rule.weekdays.includes(day.weekday)) continue;
    if (rule.months?.length && !rule.months.includes(day.month)) continue;
    out.push(day);
  }
  return out;
}

/** Words for a month list: "tháng 9, tháng 10". */
export function monthsLabel(months: number[]): string {
  return listWords([...new Set(months)].sort((a, b) => a - b).map((m) => `tháng ${m}`));
}
