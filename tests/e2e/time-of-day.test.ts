import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityProblems, DEMO_CITIZEN, hasBrowser, phonePage, useBrowser, useServersAt } from './harness';

useBrowser();

/*
 * The pages whose words depend on the clock, at chosen instants in Vietnam (around dawn, noon,
 * evening and midnight; one a public holiday, one a Sunday), each on a server and a phone whose
 * process time zone is Vietnam's, UTC or Berlin's. Every zone must show the same page, word for
 * word: the times on screen are Vietnam's whatever the zone. The server's and the phone's clocks
 * are stopped at the instant, so the pages can be compared exactly.
 */

/**
 * Each instant is also shown on phones in other zones: both foreign zones around midnight, where a
 * date slips most easily (00:30 in Lào Cai is 17:30 or 18:30 of the day before in UTC and Berlin),
 * one of them at the other instants.
 */
const INSTANTS = [
  { at: '2027-09-02T00:30:00+07:00', note: 'Quốc khánh, a public holiday, after midnight', greeting: 'Chào buổi tối', zones: ['UTC', 'Europe/Berlin'] },
  { at: '2027-03-21T05:59:00+07:00', note: 'a Sunday (Bắc Hà market day) before dawn', greeting: 'Chào buổi sáng', zones: ['Europe/Berlin'] },
  { at: '2027-03-22T06:00:00+07:00', note: 'Monday at six', greeting: 'Chào buổi sáng', zones: ['UTC'] },
  { at: '2027-03-23T12:00:00+07:00', note: 'Tuesday noon', greeting: 'Chào buổi trưa', zones: ['Europe/Berlin'] },
  { at: '2027-03-20T17:30:00+07:00', note: 'Saturday (Cán Cấu market) evening', greeting: 'Chào buổi chiều', zones: ['UTC'] },
  { at: '2027-03-24T23:59:00+07:00', note: 'Wednesday, a minute to midnight', greeting: 'Chào buổi tối', zones: ['UTC', 'Europe/Berlin'] },
] as const;

const VIETNAM = 'Asia/Ho_Chi_Minh';

const PAGES = ['/', '/weather', '/weather/sa-pa', '/outages', '/tv', '/tourism', '/tourism/places/cho-bac-ha', '/dossiers/mine'] as const;

const serverAt = useServersAt();

/** What a resident reads on the page: its visible text, in order. */
const visibleText = (page: Page) => page.locator('.lc-page').first().innerText();

describe.skipIf(!hasBrowser())('pages that depend on the hour, at fixed instants and in three time zones', () => {
  it.each(INSTANTS)('$at ($note)', { timeout: 240_000 }, async ({ at, greeting, zones: foreign }) => {
    const ZONES = [VIETNAM, ...foreign];
    const texts = new Map<string, Map<string, string>>();
    const problems: string[] = [];
    const servers = await Promise.all(ZONES.map((zone) => serverAt(at, zone)));
    // The three phones at once: most of a page load is waiting, and they share nothing.
    await Promise.all(
      ZONES.map(async (zone, i) => {
        const server = servers[i];
        const p = await phonePage({ userId: DEMO_CITIZEN, timezoneId: zone, frozenAt: Date.parse(at), server });
        const byPage = new Map<string, string>();
        for (const path of PAGES) {
          await p.go(path);
          if (path === '/') {
            // Every widget of home has come (the citizen's dossiers come after her session).
            await p.page.getByText(greeting).first().waitFor();
            for (const heading of ['Hồ sơ của tôi', 'Tin mới']) await p.page.getByRole('heading', { name: heading }).waitFor();
          }
          // The live weather says so once its stream is open: compare pages in that same state.
          if (path.startsWith('/weather')) await p.page.getByText(/· Trực tiếp/).waitFor();
          byPage.set(path, await visibleText(p.page));
          if (zone === ZONES[0]) {
            await p.shot(`time-${at.slice(0, 16).replace(/\D/g, '')}${path.replace(/\W+/g, '-')}`);
            for (const problem of await accessibilityProblems(p.page)) problems.push(`${path}: ${problem}`);
          }
        }
        p.expectClean();
        await p.context.close();
        texts.set(zone, byPage);
      }),
    );
    expect(problems, problems.join('\n')).toEqual([]);
    const reference = texts.get(ZONES[0])!;
    const differences: string[] = [];
    for (const zone of ZONES.slice(1)) {
      for (const path of PAGES) {
        const mine = texts.get(zone)!.get(path)!.split('\n');
        const theirs = reference.get(path)!.split('\n');
        const lines = mine.flatMap((line, i) => (line === theirs[i] ? [] : [`  after «${theirs[i - 1]}»: «${theirs[i]}» → «${line}»`]));
        if (lines.length || mine.length !== theirs.length) differences.push(`${path} in ${zone}:\n${lines.slice(0, 5).join('\n')}`);
      }
    }
    expect(differences, differences.join('\n')).toEqual([]);
    expect(reference.get('/')).toContain(greeting);
  });
});
