import { VN_OFFSET_MS } from '../contract/vn-time.js';

/**
 * A small RFC 5545 writer for published calendars (outage schedules).
 *
 * Why not the `ics` package: it folds lines every 75 *characters*, and Vietnamese text takes two
 * or three bytes a letter, so its lines run far past the 75 *octets* the RFC allows. This writer
 * folds by octets without ever splitting a UTF-8 sequence, escapes TEXT values (backslash,
 * semicolon, comma, line breaks), ends every line with CRLF and states the time zone with a
 * VTIMEZONE (Vietnam keeps UTC+7 all year, without daylight saving).
 */

export const VN_TZID = 'Asia/Ho_Chi_Minh';

export interface CalendarEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  categories?: string[];
  /** Bumped when the event changes (a cancellation), so calendar programs take the new version. */
  sequence?: number;
  lastModified?: number;
  /** Minutes before the start to remind; none when absent. */
  alarmMinutesBefore?: number;
  alarmText?: string;
}

export interface CalendarInput {
  name: string;
  description?: string;
  events: CalendarEvent[];
  /** When the file is made (DTSTAMP). */
  now: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `20261127T083000Z` */
export function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** `20261127T153000`, local time in Vietnam (used with TZID). */
export function vnLocalStamp(ms: number): string {
  return utcStamp(ms + VN_OFFSET_MS).slice(0, -1);
}

/** Escapes a TEXT value (RFC 5545 §3.3.11); other control characters are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1): a continuation starts with
 * one space, and a multi-byte character is never cut in two.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

function durationBefore(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `-PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

export function buildCalendar(input: CalendarInput): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lao Cai so//Lich cat dien//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${VN_TZID}`,
    `NAME:${escapeText(input.name)}`,
    ...(input.description ? [`X-WR-CALDESC:${escapeText(input.description)}`, `DESCRIPTION:${escapeText(input.description)}`] : []),
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    'BEGIN:VTIMEZONE',
    `TZID:${VN_TZID}`,
    `X-LIC-LOCATION:${VN_TZID}`,
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (const e of input.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${utcStamp(input.now)}`,
      `DTSTART;TZID=${VN_TZID}:${vnLocalStamp(e.start)}`,
      `DTEND;TZID=${VN_TZID}:${vnLocalStamp(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push(`STATUS:${e.status ?? 'CONFIRMED'}`, 'TRANSP:TRANSPARENT', `SEQUENCE:${e.sequence ?? 0}`);
    if (e.lastModified !== undefined) lines.push(`LAST-MODIFIED:${utcStamp(e.lastModified)}`);
    if (e.alarmMinutesBefore !== undefined && e.status !== 'CANCELLED') {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${durationBefore(e.alarmMinutesBefore)}`,
        `DESCRIPTION:${escapeText(e.alarmText ?? e.summary)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
