import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, TEST_NOW, type TestServer } from './helpers.js';
import { drawPlace } from '../src/db/seed/tourism-art.js';
import { PLACES } from '../src/db/seed/tourism-places.js';

let s: TestServer;
/** The server's clock, set by each test that needs a particular instant. */
let nowMs = TEST_NOW;
beforeAll(async () => {
  s = await startServer({}, { now: () => nowMs });
});
afterAll(() => s.close());
afterEach(() => {
  nowMs = TEST_NOW;
});

const MEDIA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../media');

/** Stops the server's clock at a Vietnamese wall-clock time. */
const clockAt = (local: string) => {
  nowMs = Date.parse(`${local}+07:00`);
};

const expect400 = (res: { status: number; body: any }, path: string) => {
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('VALIDATION_ERROR');
  expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  for (const d of res.body.error.details) expect(d.message).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđ]/i);
};

const allPlaces = async () => (await s.api('/api/tourism/places?pageSize=100')).body.items as any[];

describe('places', () => {
  it('lists at least 30 places in all 6 categories, paginated with a true total', async () => {
    const cats = await s.api('/api/tourism/categories');
    expect(cats.status).toBe(200);
    expect(cats.body.items.map((c: any) => c.id)).toEqual(['scenery', 'heritage', 'village', 'market', 'border-city', 'experience']);
    for (const c of cats.body.items) expect(c.count).toBeGreaterThanOrEqual(4);

    const first = await s.api('/api/tourism/places');
    expect(first.status).toBe(200);
    expect(first.body.total).toBeGreaterThanOrEqual(30);
    expect(first.body.items).toHaveLength(20);
    expect(first.body).toMatchObject({ page: 1, pageSize: 20 });
    const second = await s.api('/api/tourism/places?page=2&pageSize=20');
    expect(second.body.items).toHaveLength(first.body.total - 20);
    const ids = [...first.body.items, ...second.body.items].map((p: any) => p.id);
    expect(new Set(ids).size).toBe(first.body.total);
  });

  it('gives every place real facts and a picture the project ships', async () => {
    const places = await allPlaces();
    for (const p of places) {
      // Inside today's Lào Cai (former Lào Cai and Yên Bái).
      expect(p.latitude).toBeGreaterThan(21.3);
      expect(p.latitude).toBeLessThan(22.9);
      expect(p.longitude).toBeGreaterThan(103.5);
      expect(p.longitude).toBeLessThan(105.2);
      expect(p.elevation).toBeGreaterThan(0);
      expect(p.commune).toMatch(/^(xã|phường) /);
      expect(p.image).toBe(`/media/tourism/${p.id}.svg`);
      expect(fs.existsSync(path.join(MEDIA_DIR, 'tourism', `${p.id}.svg`)), p.id).toBe(true);
    }
    const fansipan = places.find((p) => p.id === 'fansipan');
    expect(fansipan).toMatchObject({ elevation: 3143, area: 'Sa Pa', category: 'scenery', isFree: false });
    const svg = await fetch(s.url + fansipan.image);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
  });

  it('ships the pictures exactly as the drawing code makes them', () => {
    for (const p of PLACES) {
      const file = fs.readFileSync(path.join(MEDIA_DIR, 'tourism', `${p.id}.svg`), 'utf8');
      expect(file, `${p.id}: run npx tsx mock-server/src/db/seed/tourism-art.ts`).toBe(drawPlace(p.id, p.name));
      expect(file).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // nothing fetched from other sites
    }
  });

  it('filters by category, area and month', async () => {
    const markets = await s.api('/api/tourism/places?category=market');
    expect(markets.body.total).toBeGreaterThanOrEqual(5);
    expect(markets.body.items.every((p: any) => p.category === 'market' && p.marketDay)).toBe(true);

    const sapa = await s.api('/api/tourism/places?area=sa-pa&pageSize=100');
    expect(sapa.body.total).toBeGreaterThan(5);
    expect(sapa.body.items.every((p: any) => p.areaId === 'sa-pa' && p.area === 'Sa Pa')).toBe(true);

    const both = await s.api('/api/tourism/places?area=bac-ha&category=market');
    expect(both.body.items.map((p: any) => p.id).sort()).toEqual(['cho-bac-ha', 'cho-coc-ly', 'cho-lung-phinh']);

    const february = await s.api('/api/tourism/places?month=2&pageSize=100');
    expect(february.body.items.map((p: any) => p.id)).toContain('thung-lung-man-bac-ha');
    expect(february.body.items.map((p: any) => p.id)).not.toContain('ruong-bac-thang-mu-cang-chai');
  });

  it('searches without caring about diacritics, and takes % literally', async () => {
    const plain = await s.api('/api/tourism/places?q=cat%20cat');
    expect(plain.body.items.map((p: any) => p.id)).toContain('ban-cat-cat');
    const marked = await s.api(`/api/tourism/places?q=${encodeURIComponent('ĐỀN')}`);
    const bare = await s.api('/api/tourism/places?q=den');
    expect(marked.body.total).toBeGreaterThanOrEqual(3);
    expect(marked.body.items).toEqual(bare.body.items);
    const byCommune = await s.api(`/api/tourism/places?q=${encodeURIComponent('xã Y Tý')}`);
    expect(byCommune.body.items.map((p: any) => p.id).sort()).toEqual(['dinh-lao-than', 'ruong-bac-thang-y-ty']);
    expect((await s.api('/api/tourism/places?q=%25')).body.total).toBe(0);
  });

  it('sorts by distance from a point', async () => {
    // Standing in the square of Sa Pa.
    const res = await s.api('/api/tourism/places?lat=22.3364&long=103.8438&pageSize=5');
    const d = res.body.items.map((p: any) => p.distanceKm);
    expect(d).toEqual([...d].sort((a: number, b: number) => a - b));
    expect(d[0]).toBeLessThan(1);
    expect(res.body.items[0].area).toBe('Sa Pa');
  });

  it('refuses bad parameters with 400 and details', async () => {
    expect400(await s.api('/api/tourism/places?category=beach'), 'category');
    expect400(await s.api('/api/tourism/places?area=ha-noi'), 'area');
    expect400(await s.api('/api/tourism/places?page=0'), 'page');
    expect400(await s.api('/api/tourism/places?pageSize=101'), 'pageSize');
    expect400(await s.api('/api/tourism/places?month=13'), 'month');
    expect400(await s.api('/api/tourism/places?marketToday=yes'), 'marketToday');
    expect400(await s.api('/api/tourism/places?lat=22.3'), 'long');
    expect400(await s.api('/api/tourism/places?lat=abc&long=103'), 'lat');
    expect400(await s.api(`/api/tourism/places?q=${'a'.repeat(201)}`), 'q');
  });

  it('shows a place in full, with nearby places and the tours that visit it', async () => {
    const res = await s.api('/api/tourism/places/fansipan');
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p.description.length).toBeGreaterThanOrEqual(2);
    expect(p.tickets[0]).toEqual({ label: 'Cáp treo khứ hồi – người lớn', price: 800000 });
    expect(p.hoursText).toEqual(['Hằng ngày: 7:30–17:30']);
    expect(p.seasons.length).toBeGreaterThanOrEqual(2);
    expect(p.nearby).toHaveLength(4);
    expect(p.nearby[0].distanceKm).toBeLessThanOrEqual(p.nearby[3].distanceKm);
    expect(p.tours.map((t: any) => t.id)).toEqual(
      expect.arrayContaining(['ha-noi-sa-pa-fansipan-3n2d', 'fansipan-tram-ton-2n1d']),
    );
    expect(p.updatedAt).toMatch(/\+07:00$/);

    // "Từ …" is what an adult pays: the Fansipan cable car's return ticket, not the child fare.
    expect(p.priceFrom).toBe(800_000);
    const list = (await s.api('/api/tourism/places?q=fansipan')).body.items;
    expect(list.find((x: any) => x.id === 'fansipan').priceFrom).toBe(800_000);

    const pass = (await s.api('/api/tourism/places/deo-o-quy-ho')).body;
    expect(pass.isFree).toBe(true);
    expect(pass.priceFrom).toBeNull();
    expect(pass.openState).toEqual({ open: true, alwaysOpen: true, closesAt: null, nextOpenAt: null });
  });

  it('answers 404 for an unknown place and 400 for an id that cannot be one', async () => {
    const missing = await s.api('/api/tourism/places/khong-co');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/địa điểm/);
    expect((await s.api('/api/tourism/places/a%20b')).status).toBe(400);
  });
});

describe('market days and opening hours, with a fixed clock', () => {
  it('finds the markets meeting on Sunday, Saturday and Tuesday', async () => {
    clockAt('2025-11-30T08:00:00'); // Sunday
    const sunday = await s.api('/api/tourism/places?marketToday=true');
    expect(sunday.body.items.map((p: any) => p.id).sort()).toEqual(['cho-bac-ha', 'cho-lung-phinh', 'cho-muong-khuong']);
    const bacHa = sunday.body.items.find((p: any) => p.id === 'cho-bac-ha');
    expect(bacHa.marketDay).toMatchObject({ label: 'Chủ nhật hằng tuần', today: true, next: '2025-11-30' });
    expect(bacHa.openState).toMatchObject({ open: true, closesAt: '2025-11-30T14:00:00+07:00' });

    clockAt('2025-11-29T09:00:00'); // Saturday
    expect((await s.api('/api/tourism/places?marketToday=true')).body.items.map((p: any) => p.id)).toEqual(['cho-can-cau']);
    clockAt('2025-11-25T09:00:00'); // Tuesday
    expect((await s.api('/api/tourism/places?marketToday=true')).body.items.map((p: any) => p.id)).toEqual(['cho-coc-ly']);
    clockAt('2025-11-27T09:00:00'); // Thursday: none
    expect((await s.api('/api/tourism/places?marketToday=true')).body.total).toBe(0);
  });

  it('says when a closed market opens next', async () => {
    clockAt('2025-12-01T08:00:00'); // Monday
    const p = (await s.api('/api/tourism/places/cho-bac-ha')).body;
    expect(p.marketDay).toMatchObject({ today: false, next: '2025-12-07' });
    expect(p.openState).toEqual({ open: false, alwaysOpen: false, closesAt: null, nextOpenAt: '2025-12-07T06:00:00+07:00' });
  });

  it('filters what is open now', async () => {
    clockAt('2025-11-27T03:00:00'); // night: only open ground
    const open = (await s.api('/api/tourism/places?openNow=true&pageSize=100')).body.items;
    expect(open.length).toBeGreaterThan(5);
    expect(open.every((p: any) => p.openState.alwaysOpen)).toBe(true);
    const fansipan = (await s.api('/api/tourism/places/fansipan')).body;
    expect(fansipan.openState.nextOpenAt).toBe('2025-11-27T07:30:00+07:00');
    clockAt('2025-11-27T10:00:00');
    expect((await s.api('/api/tourism/places/fansipan')).body.openState.open).toBe(true);
  });

  it('knows the festivals of the lunar calendar', async () => {
    clockAt('2026-03-03T09:00:00'); // rằm tháng Giêng Bính Ngọ
    const today = (await s.api('/api/tourism/today')).body;
    expect(today.date).toBe('2026-03-03');
    expect(today.lunar).toMatchObject({ day: 15, month: 1, year: 2026, label: 'Rằm tháng Giêng năm Bính Ngọ' });
    const names = today.festivals.map((f: any) => `${f.place.id}: ${f.festival.name}`);
    expect(names).toContain('den-thuong: Lễ hội Đền Thượng');
    expect(names).toContain('den-bao-ha: Ngày mùng 1 và ngày rằm');
    // Đền Thượng stays open late on rằm.
    clockAt('2026-03-03T20:00:00');
    expect((await s.api('/api/tourism/places/den-thuong')).body.openState.open).toBe(true);
    clockAt('2026-03-04T20:00:00');
    expect((await s.api('/api/tourism/places/den-thuong')).body.openState.open).toBe(false);

    clockAt('2025-08-01T09:00:00');
    const baoHa = (await s.api('/api/tourism/places/den-bao-ha')).body;
    expect(baoHa.festivals.find((f: any) => f.name === 'Lễ hội Đền Bảo Hà')).toMatchObject({
      label: 'Ngày 17 tháng Bảy âm lịch',
      next: '2025-09-08',
      today: false,
    });
  });

  it('lists the markets by their next day and the places in season', async () => {
    clockAt('2025-11-27T09:00:00'); // Thursday in November
    const today = (await s.api('/api/tourism/today')).body;
    expect(today.markets.map((m: any) => m.marketDay.next)).toEqual([...today.markets.map((m: any) => m.marketDay.next)].sort());
    expect(today.markets[0].id).toBe('cho-can-cau'); // Saturday comes first
    expect(today.inSeason.map((p: any) => p.id)).toContain('fansipan');
  });
});

describe('tours', () => {
  it('lists at least 12 tours with realistic prices and Vietnamese phone numbers', async () => {
    const res = await s.api('/api/tourism/tours?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(12);
    for (const t of res.body.items) {
      expect(t.price).toBeGreaterThanOrEqual(200_000);
      expect(t.price).toBeLessThanOrEqual(20_000_000);
      expect(t.price % 1000).toBe(0);
      expect(t.provider.phone).toMatch(/^0(\d{9}|2\d{9})$/);
      expect(t.nights).toBe(t.days - 1);
    }
  });

  it('paginates with a true total', async () => {
    const all = (await s.api('/api/tourism/tours?pageSize=100')).body;
    const page3 = (await s.api('/api/tourism/tours?pageSize=5&page=3')).body;
    expect(page3.total).toBe(all.total);
    expect(page3.items.map((t: any) => t.id)).toEqual(all.items.slice(10, 15).map((t: any) => t.id));
  });

  it('filters by price ceiling, number of days, place, area and text', async () => {
    const cheap = (await s.api('/api/tourism/tours?maxPrice=1000000&pageSize=100')).body;
    expect(cheap.total).toBeGreaterThanOrEqual(3);
    expect(cheap.items.every((t: any) => t.price <= 1_000_000)).toBe(true);

    const oneDay = (await s.api('/api/tourism/tours?days=1&pageSize=100')).body;
    expect(oneDay.items.length).toBeGreaterThanOrEqual(4);
    expect(oneDay.items.every((t: any) => t.days === 1)).toBe(true);

    const long = (await s.api('/api/tourism/tours?minDays=3&pageSize=100')).body;
    expect(long.items.every((t: any) => t.days >= 3)).toBe(true);
    const twoOrThree = (await s.api('/api/tourism/tours?minDays=2&maxDays=3&maxPrice=3000000&pageSize=100')).body;
    expect(twoOrThree.items.every((t: any) => t.days >= 2 && t.days <= 3 && t.price <= 3_000_000)).toBe(true);

    const viaBacHa = (await s.api('/api/tourism/tours?place=cho-bac-ha')).body.items.map((t: any) => t.id);
    expect(viaBacHa).toEqual(expect.arrayContaining(['cho-phien-bac-ha-chu-nhat', 'ha-noi-sa-pa-bac-ha-4n3d']));
    const yTy = (await s.api('/api/tourism/tours?area=y-ty')).body.items.map((t: any) => t.id);
    expect(yTy.sort()).toEqual(['lung-po-y-ty-2n1d', 'y-ty-lao-than-2n1d']);

    const text = (await s.api(`/api/tourism/tours?q=${encodeURIComponent('mu cang chai')}`)).body.items.map((t: any) => t.id);
    expect(text).toContain('mu-cang-chai-mua-vang-3n2d');
  });

  it('sorts by price and by days', async () => {
    const asc = (await s.api('/api/tourism/tours?sort=price-asc&pageSize=100')).body.items.map((t: any) => t.price);
    expect(asc).toEqual([...asc].sort((a: number, b: number) => a - b));
    const desc = (await s.api('/api/tourism/tours?sort=price-desc&pageSize=100')).body.items.map((t: any) => t.price);
    expect(desc).toEqual([...asc].reverse());
    const days = (await s.api('/api/tourism/tours?sort=days&pageSize=100')).body.items.map((t: any) => t.days);
    expect(days).toEqual([...days].sort((a: number, b: number) => a - b));
  });

  it('refuses bad tour filters with 400 and details', async () => {
    expect400(await s.api('/api/tourism/tours?maxPrice=abc'), 'maxPrice');
    expect400(await s.api('/api/tourism/tours?maxPrice=-5'), 'maxPrice');
    expect400(await s.api('/api/tourism/tours?maxPrice=1.5'), 'maxPrice');
    expect400(await s.api('/api/tourism/tours?days=0'), 'days');
    expect400(await s.api('/api/tourism/tours?days=31'), 'days');
    expect400(await s.api('/api/tourism/tours?minDays=4&maxDays=2'), 'minDays');
    expect400(await s.api('/api/tourism/tours?sort=cheap'), 'sort');
    expect400(await s.api('/api/tourism/tours?place=khong-co'), 'place');
    expect400(await s.api('/api/tourism/tours?place=Bad!'), 'place');
  });

  it('shows a tour with its day-by-day itinerary, provider and coming departures', async () => {
    clockAt('2025-11-27T10:00:00'); // Thursday
    const res = await s.api('/api/tourism/tours/ha-noi-sa-pa-fansipan-3n2d');
    expect(res.status).toBe(200);
    const t = res.body;
    expect(t.itinerary.map((d: any) => d.day)).toEqual([1, 2, 3]);
    expect(t.itinerary[0].activities.length).toBeGreaterThan(2);
    expect(t.itinerary[2].overnight).toBeNull();
    expect(t.provider).toEqual({ name: 'Lữ hành Tây Bắc Xanh', phone: '02439387245', address: expect.any(String) });
    expect(t.includes.length).toBeGreaterThan(3);
    expect(t.places.map((p: any) => p.id)).toContain('fansipan');
    // Leaves on Fridays.
    expect(t.nextDeparture).toBe('2025-11-28');
    expect(t.departures.map((d: any) => d.date)).toEqual(['2025-11-28', '2025-12-05', '2025-12-12', '2025-12-19', '2025-12-26', '2026-01-02']);
    expect(t.priceUpdatedAt).toMatch(/\+07:00$/);

    // A harvest-season tour has no departure in late November.
    const harvest = (await s.api('/api/tourism/tours/mu-cang-chai-mua-vang-3n2d')).body;
    expect(harvest.nextDeparture).toBeNull();
    expect(harvest.departures).toEqual([]);
  });

  it('every tour has as many itinerary days as days', async () => {
    const list = (await s.api('/api/tourism/tours?pageSize=100')).body.items;
    for (const summary of list) {
      const t = (await s.api(`/api/tourism/tours/${summary.id}`)).body;
      expect(t.itinerary).toHaveLength(t.days);
      expect(t.places.length).toBeGreaterThan(0);
    }
  });

  it('lets QR codes name places and tours (the QR service reads the places and tours tables)', async () => {
    const place = await s.api(`/api/qr/resolve?data=${encodeURIComponent('http://localhost:3000/tourism/places/cho-bac-ha')}`);
    expect(place.body).toMatchObject({ kind: 'place', id: 'cho-bac-ha', found: true });
    const tour = await s.api(`/api/qr/resolve?data=${encodeURIComponent('http://localhost:3000/?qr=tour/y-ty-lao-than-2n1d')}`);
    expect(tour.body).toMatchObject({ kind: 'tour', id: 'y-ty-lao-than-2n1d', found: true });
    expect((await s.api('/api/qr/place/fansipan.svg')).status).toBe(200);
    const sheet = await s.api('/qr-sheet');
    expect(sheet.body).toContain('Đỉnh Fansipan');
    expect(sheet.body).toContain('Hà Nội – Sa Pa – Fansipan 3 ngày 2 đêm');
  });

  it('answers 404 for an unknown tour', async () => {
    const res = await s.api('/api/tourism/tours/khong-co');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/tour/);
  });
});
