import { describe, expect, it } from 'vitest';
import { outageStatus } from '../src/services/outage-status.js';
import { buildCalendar, escapeText, foldLine } from '../src/services/icalendar.js';
import { dateTime, parseCalendar, prop, splitPhysicalLines, text, unescapeText } from './ical-strict.js';

const H = 3_600_000;

describe('outage status follows the clock', () => {
  const o = { start: 10 * H, end: 14 * H, cancelledAt: null };
  it('is scheduled before the start, ongoing until the end, restored from the end', () => {
    expect(outageStatus(o, 10 * H - 1)).toBe('scheduled');
    expect(outageStatus(o, 10 * H)).toBe('ongoing');
    expect(outageStatus(o, 14 * H - 1)).toBe('ongoing');
    expect(outageStatus(o, 14 * H)).toBe('restored');
    expect(outageStatus(o, 100 * H)).toBe('restored');
  });
  it('stays cancelled whatever the time', () => {
    for (const t of [0, 12 * H, 20 * H]) expect(outageStatus({ ...o, cancelledAt: 1 }, t)).toBe('cancelled');
  });
});

describe('iCalendar writer', () => {
  it('escapes TEXT so that a strict reader gets the same text back', () => {
    const nasty = 'Từ cột 5, đến cột 9; nhánh \\ Bản Hồ\nDòng hai\r\nDòng ba';
    expect(unescapeText(escapeText(nasty))).toBe(nasty.replace(/\r\n/g, '\n'));
  });

  it('folds at 75 octets without cutting a Vietnamese letter', () => {
    const line = 'DESCRIPTION:' + 'Điện lực Sa Pa thông báo ngừng cung cấp điện để bảo dưỡng lưới điện. '.repeat(6);
    const folded = foldLine(line);
    const lines = splitPhysicalLines(Buffer.from(folded + '\r\n', 'utf8'));
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });

  it('writes a calendar the strict reader accepts, with times in Vietnam’s zone', () => {
    const start = Date.parse('2026-11-28T07:30:00+07:00');
    const body = buildCalendar({
      name: 'Lịch cắt điện, thử nghiệm',
      now: Date.parse('2026-11-27T10:00:00+07:00'),
      events: [
        {
          uid: 'PCLC-SP-0001@lao-cai-so',
          start,
          end: start + 4 * H,
          summary: 'Cắt điện: xã Tả Van, xã Bản Hồ',
          description: 'Lý do: bảo dưỡng; thay sứ.\nGhi chú: có thể đóng điện sớm.',
          location: 'Xã Tả Van, tỉnh Lào Cai',
          categories: ['Lịch cắt điện', 'Điện lực Sa Pa'],
          alarmMinutesBefore: 60,
        },
        { uid: 'x@lao-cai-so', start, end: start + H, summary: 'Đã hủy', status: 'CANCELLED', sequence: 1, alarmMinutesBefore: 60 },
      ],
    });
    const cal = parseCalendar(Buffer.from(body, 'utf8'));
    expect(text(cal, 'X-WR-CALNAME')).toBe('Lịch cắt điện, thử nghiệm');
    const [e1, e2] = cal.children.filter((c) => c.type === 'VEVENT');
    expect(dateTime(cal, prop(e1, 'DTSTART')!)).toBe(start);
    expect(dateTime(cal, prop(e1, 'DTEND')!)).toBe(start + 4 * H);
    expect(prop(e1, 'DTSTART')!.params.TZID).toEqual(['Asia/Ho_Chi_Minh']);
    expect(text(e1, 'SUMMARY')).toBe('Cắt điện: xã Tả Van, xã Bản Hồ');
    expect(text(e1, 'DESCRIPTION')).toBe('Lý do: bảo dưỡng; thay sứ.\nGhi chú: có thể đóng điện sớm.');
    expect(e1.children.map((c) => c.type)).toEqual(['VALARM']);
    expect(prop(e1.children[0], 'TRIGGER')!.value).toBe('-PT1H');
    expect(prop(e2, 'STATUS')!.value).toBe('CANCELLED');
    expect(prop(e2, 'SEQUENCE')!.value).toBe('1');
    expect(e2.children).toEqual([]); // no reminder for a cancelled cut
  });

  it('is refused by the strict reader when written carelessly', () => {
    const bad = (s: string) => () => parseCalendar(Buffer.from(s, 'utf8'));
    expect(bad('BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n')).toThrow(/CRLF|bare/);
    expect(bad(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-A:${'ă'.repeat(40)}\r\nEND:VCALENDAR\r\n`)).toThrow(/octets/);
    expect(bad('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260101T000000Z\r\nSUMMARY:a, b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')).toThrow(/unescaped/);
  });
});
