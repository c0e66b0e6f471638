import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, TEST_NOW, type TestServer } from './helpers.js';
import { PROVINCE_BBOX } from '../src/contract/communes.js';
import { OUTAGES_SOON_MS, publicPosition } from '../src/services/map-features.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const PROVINCE = PROVINCE_BBOX.join(',');
/** Around Sa Pa town, Fansipan and the Mường Hoa valley. */
const SA_PA = '103.74,22.28,103.9,22.4';
/** Around Lào Cai city. */
const CITY = '103.93,22.4,104.03,22.53';

const expectError = (res: { status: number; body: any }, status: number, path?: string) => {
  expect(res.status).toBe(status);
  expect(res.body.error.code).toMatch(/^[A-Z_]+$/);
  expect(res.body.error.message).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđ]/i);
  if (path) expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
};

const features = async (layer: string, bbox: string) => {
  const res = await s.api(`/api/map/features?layer=${layer}&bbox=${bbox}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
};

const inside = ([long, lat]: [number, number], bbox: string) => {
  const [w, so, e, n] = bbox.split(',').map(Number);
  return long >= w && long <= e && lat >= so && lat <= n;
};
const positionsOf = (f: any): [number, number][] => (f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates);

describe('GET /api/geo/reverse', () => {
  it('names the ward of a point in Sa Pa town', async () => {
    // The stone church on the town square.
    const res = await s.api('/api/geo/reverse?lat=22.3356&long=103.8426');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ commune: { id: 'phuong-sa-pa', name: 'Phường Sa Pa' } });
  });

  it('names the wards of the former Yên Bái city', async () => {
    // Nguyễn Thái Học street, in the centre.
    expect((await s.api('/api/geo/reverse?lat=21.7215&long=104.9075')).body).toEqual({ commune: { id: 'phuong-yen-bai', name: 'Phường Yên Bái' } });
    // Up the Red River, towards Trấn Yên.
    expect((await s.api('/api/geo/reverse?lat=21.7405&long=104.8665')).body.commune.name).toBe('Phường Nam Cường');
  });

  it('names communes made of several old ones by any of their parts', async () => {
    // Lao Chải village (former xã Hoàng Liên) is in today's xã Tả Van; Cán Cấu market in xã Si Ma Cai.
    expect((await s.api('/api/geo/reverse?lat=22.317&long=103.856')).body.commune.name).toBe('Xã Tả Van');
    expect((await s.api('/api/geo/reverse?lat=22.638&long=104.27')).body.commune.name).toBe('Xã Si Ma Cai');
  });

  it('answers 404 for a point outside the province (Hà Nội, Lai Châu next door)', async () => {
    expectError(await s.api('/api/geo/reverse?lat=21.0285&long=105.8542'), 404);
    expectError(await s.api('/api/geo/reverse?lat=21.955&long=103.89'), 404);
  });

  it('refuses coordinates that are missing or not numbers', async () => {
    expectError(await s.api('/api/geo/reverse?lat=abc&long=103.8'), 400, 'lat');
    expectError(await s.api('/api/geo/reverse?lat=22.3'), 400, 'long');
    expectError(await s.api('/api/geo/reverse?lat=95&long=103.8'), 400, 'lat');
    expectError(await s.api('/api/geo/reverse?lat=22.3&long=Infinity'), 400, 'long');
  });
});

describe('GET /api/map/features', () => {
  it('answers an RFC 7946 FeatureCollection with [long, lat] positions and the page to open', async () => {
    const res = await features('places', SA_PA);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(res.body.type).toBe('FeatureCollection');
    expect(res.body.layer).toBe('places');
    expect(res.body.bbox).toEqual([103.74, 22.28, 103.9, 22.4]);
    const fansipan = res.body.features.find((f: any) => f.id === 'fansipan');
    expect(fansipan).toMatchObject({
      type: 'Feature',
      id: 'fansipan',
      // Longitude first: 103.775 E, 22.3033 N.
      geometry: { type: 'Point', coordinates: [103.775, 22.3033] },
      properties: { id: 'fansipan', title: 'Đỉnh Fansipan', category: 'scenery', path: '/tourism/places/fansipan' },
    });
    expect(typeof fansipan.properties.open).toBe('boolean');
  });

  it('sends only the features inside the box', async () => {
    const sapa = await features('places', SA_PA);
    const city = await features('places', CITY);
    const all = await features('places', PROVINCE);
    const ids = (r: any) => r.body.features.map((f: any) => f.id) as string[];
    expect(ids(sapa)).toEqual(expect.arrayContaining(['fansipan', 'ban-cat-cat', 'nha-tho-da-sa-pa']));
    expect(ids(sapa)).not.toContain('den-thuong');
    expect(ids(city)).toEqual(expect.arrayContaining(['den-thuong', 'cua-khau-lao-cai', 'ga-lao-cai']));
    expect(ids(city)).not.toContain('fansipan');
    for (const [r, bbox] of [[sapa, SA_PA], [city, CITY]] as const) {
      for (const f of r.body.features) expect(inside(f.geometry.coordinates, bbox), f.id).toBe(true);
    }
    expect(ids(all).length).toBe(36);
    expect(ids(all)).toEqual(expect.arrayContaining([...ids(sapa), ...ids(city)]));
  });

  it('shows reports coloured by status, anonymous ones at about 100 m', async () => {
    const token = await s.signIn(undefined, 'Lò Văn Dũng');
    const exact = { lat: 22.337712, long: 103.843987 };
    for (const [anonymous, location] of [
      [false, exact],
      [true, { lat: 22.338461, long: 103.845127 }],
    ] as const) {
      const res = await s.api('/api/feedback', {
        method: 'POST',
        token,
        headers: { 'idempotency-key': `map-${anonymous}` },
        json: { categoryId: 'giao-thong', title: 'Nắp cống vỡ trên vỉa hè', content: 'Nắp cống trên vỉa hè bị vỡ một mảng lớn, người đi bộ dễ sụt chân.', location, anonymous },
      });
      expect(res.status).toBe(201);
    }
    const res = await features('feedback', SA_PA);
    const list = res.body.features as any[];
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const f of list) {
      expect(inside(f.geometry.coordinates, SA_PA)).toBe(true);
      expect(f.id).toMatch(/^PA-\d{6}-\d+$/);
      expect(f.properties.path).toBe(`/feedback/${f.id}`);
      expect(f.properties.status).toMatch(/^(received|assigned|processing|answered|closed|rejected|duplicate)$/);
      expect(f.properties.statusLabel).toBeTruthy();
      expect(f.properties.category).toBeTruthy();
      if (f.properties.approximate) for (const x of f.geometry.coordinates) expect(Math.round(x * 1000) / 1000).toBe(x);
    }
    const named = list.find((f) => f.geometry.coordinates[0] === exact.long);
    expect(named?.geometry.coordinates).toEqual([exact.long, exact.lat]);
    expect(named?.properties.approximate).toBe(false);
    // The anonymous one: rounded, never its exact position.
    expect(list.some((f) => f.geometry.coordinates[0] === 103.845127)).toBe(false);
    expect(list.find((f) => f.geometry.coordinates[0] === 103.845 && f.geometry.coordinates[1] === 22.338)?.properties.approximate).toBe(true);
    // Newest first.
    expect(list[0].properties.title).toBe('Nắp cống vỡ trên vỉa hè');
  });

  it('rounds an anonymous position to 3 decimals and keeps a named one', () => {
    expect(publicPosition(22.338461, 103.845127, true)).toEqual({ position: [103.845, 22.338], approximate: true });
    expect(publicPosition(22.338461, 103.845127, false)).toEqual({ position: [103.845127, 22.338461], approximate: false });
  });

  it('shows outages happening now and soon at the communes they reach', async () => {
    const res = await features('outages', PROVINCE);
    const list = res.body.features as any[];
    const sapa = list.find((f) => f.id === 'PCLC-SP-0004');
    expect(sapa).toMatchObject({
      geometry: { type: 'Point', coordinates: [103.844, 22.3363] },
      properties: { status: 'ongoing', statusLabel: 'Đang mất điện', path: '/outages/PCLC-SP-0004', communes: [{ id: 'phuong-sa-pa', name: 'Phường Sa Pa' }] },
    });
    for (const f of list) {
      expect(['ongoing', 'scheduled']).toContain(f.properties.status);
      expect(Date.parse(f.properties.start)).toBeLessThan(TEST_NOW + OUTAGES_SOON_MS);
      expect(Date.parse(f.properties.end)).toBeGreaterThan(TEST_NOW);
      expect(positionsOf(f)).toHaveLength(f.properties.communes.length);
    }
    expect(list.some((f) => f.geometry.type === 'MultiPoint')).toBe(true);
    const city = await features('outages', CITY);
    expect(city.body.features.map((f: any) => f.id)).not.toContain('PCLC-SP-0004');
    for (const f of city.body.features) expect(positionsOf(f).some((p) => inside(p, CITY))).toBe(true);
  });

  it('shows the weather areas with their temperature and kind of weather', async () => {
    const all = (await features('weather', PROVINCE)).body.features as any[];
    expect(all).toHaveLength(17);
    for (const f of all) {
      expect(typeof f.properties.temperature).toBe('number');
      expect(Number.isInteger(f.properties.weatherCode)).toBe(true);
      expect(f.properties.category).toMatch(/^(clear|cloudy|fog|drizzle|rain|snow|showers|thunderstorm)$/);
      expect(f.properties.path).toBe(`/weather/${f.id}`);
    }
    const sapa = (await features('weather', SA_PA)).body.features.map((f: any) => f.id);
    expect(sapa.sort()).toEqual(['fansipan', 'sa-pa']);
  });

  it('refuses a bad box or layer with a 400 in the error shape', async () => {
    for (const bbox of ['', 'abc', '103,22,104', '103,22,104,23,1', '104,22,103,23', '103,23,104,22', '103,22,103,23', '200,22,201,23', '103,-95,104,23', 'NaN,22,104,23', '103,,104,23']) {
      expectError(await s.api(`/api/map/features?layer=places&bbox=${encodeURIComponent(bbox)}`), 400, 'bbox');
    }
    expectError(await s.api('/api/map/features?layer=places'), 400, 'bbox');
    expectError(await s.api(`/api/map/features?layer=roads&bbox=${PROVINCE}`), 400, 'layer');
    expectError(await s.api(`/api/map/features?bbox=${PROVINCE}`), 400, 'layer');
  });
});
