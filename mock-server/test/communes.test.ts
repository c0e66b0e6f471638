import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';
import { COMMUNES, PROVINCE_OUTLINE, communeAt, communeSlug, insideProvince } from '../src/contract/communes.js';
import { LAO_CAI_COMMUNES } from '../src/contract/dossiers.js';
import { COMMUNE_GROUPS } from '../src/db/seed/procedure-catalogue.js';
import { PLACES } from '../src/db/seed/tourism-places.js';
import { WEATHER_AREAS } from '../src/services/weather-areas.js';

/**
 * Issue 17, item 2: every list of communes, in the app and the server, comes from the one list
 * (contract/communes.ts) and has all 99, so a resident of Cốc San or Văn Phú finds their own.
 */

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const ALL_IDS = COMMUNES.map((cm) => cm.id).sort();
const ALL_NAMES = COMMUNES.map((cm) => cm.name).sort();

describe('the one list of communes', () => {
  it('has the 99 units of today’s Lào Cai: 89 xã and 10 phường, each once, with its official code', () => {
    expect(COMMUNES).toHaveLength(99);
    expect(COMMUNES.filter((cm) => cm.kind === 'phuong')).toHaveLength(10);
    expect(new Set(ALL_IDS).size).toBe(99);
    expect(new Set(ALL_NAMES).size).toBe(99);
    expect(new Set(COMMUNES.map((cm) => cm.code)).size).toBe(99);
    for (const cm of COMMUNES) {
      expect(cm.code).toMatch(/^\d{5}$/);
      expect(cm.id).toBe(communeSlug(cm.name));
      expect(cm.name).toMatch(/^(Xã|Phường) \S/);
      expect(cm.name).toBe(cm.name.normalize('NFC'));
      expect(cm.formerly.length).toBeGreaterThan(0);
    }
    // Two that the report form used to leave out.
    expect(COMMUNES.map((cm) => cm.name)).toEqual(expect.arrayContaining(['Xã Cốc San', 'Phường Văn Phú']));
  });

  it('places every centre and anchor inside the province, in its own commune', () => {
    expect(PROVINCE_OUTLINE[0]).toEqual(PROVINCE_OUTLINE[PROVINCE_OUTLINE.length - 1]);
    for (const cm of COMMUNES) {
      expect(insideProvince(cm.lat, cm.long), cm.name).toBe(true);
      expect(communeAt(cm.lat, cm.long)?.id, cm.name).toBe(cm.id);
      for (const [lat, long] of cm.anchors) expect(communeAt(lat, long)?.id, `${cm.name} ${lat},${long}`).toBe(cm.id);
    }
  });
});

describe('every list of communes is that list', () => {
  it('the report form offers all 99 (GET /api/feedback/areas), as the dossier form does', async () => {
    const res = await s.api('/api/feedback/areas');
    expect(res.status).toBe(200);
    const items = res.body.items as { id: string; name: string; lat: number; long: number }[];
    expect(items).toHaveLength(99);
    expect(items.map((a) => a.id).sort()).toEqual(ALL_IDS);
    expect(items.map((a) => a.name).sort()).toEqual([...LAO_CAI_COMMUNES].sort());
    // In alphabetical order of the name people say ("Âu Lâu" among the A's, "Yên Thành" last).
    expect(items[0].name).toBe('Xã A Mú Sung');
    expect(items[items.length - 1].name).toBe('Xã Yên Thành');
  });

  it('a resident of Cốc San without GPS can file a report under their own commune', async () => {
    const token = await s.signIn();
    const res = await s.api('/api/feedback', {
      method: 'POST',
      token,
      headers: { 'idempotency-key': `coc-san-${Date.now()}` },
      json: {
        categoryId: 'giao-thong',
        title: 'Đường vào thôn bị sạt taluy',
        content: 'Sau trận mưa đêm qua, đất đá từ taluy dương tràn xuống nửa mặt đường vào thôn, xe máy đi qua rất nguy hiểm.',
        location: null,
        areaId: 'xa-coc-san',
        address: 'Thôn Tòng Sành, xã Cốc San',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.areaName).toBe('Xã Cốc San');
  });

  it('the power branches serve every commune exactly once', async () => {
    const res = await s.api('/api/outages/branches');
    expect(res.status).toBe(200);
    const served = (res.body.items as { communes: { id: string; name: string }[] }[]).flatMap((b) => b.communes);
    expect(served.map((cm) => cm.id).sort()).toEqual(ALL_IDS);
    for (const cm of served) expect(COMMUNES.find((x) => x.id === cm.id)?.name).toBe(cm.name);
  });

  it('the dossier address list and the communes’ agencies are the same 99', () => {
    expect([...LAO_CAI_COMMUNES].sort()).toEqual(ALL_NAMES);
    expect(COMMUNE_GROUPS.flatMap((g) => g.communes).sort()).toEqual(ALL_NAMES);
  });

  it('weather areas and tourist places name the commune their position falls in', () => {
    for (const area of WEATHER_AREAS) {
      if (area.id === 'fansipan') continue; // named after the national park, in phường Sa Pa
      expect(communeAt(area.latitude, area.longitude)?.name, area.id).toBe(area.locality);
    }
    for (const place of PLACES) {
      expect(communeAt(place.latitude, place.longitude)?.name.toLowerCase(), place.id).toBe(place.commune.toLowerCase());
    }
  });

  it('seeded reports with a position lie in the commune they are filed under', async () => {
    const res = await s.api('/api/feedback?pageSize=100');
    expect(res.status).toBe(200);
    const pinned = (res.body.items as { code: string; areaId: string; location: { lat: number; long: number } | null }[]).filter((r) => r.location);
    expect(pinned.length).toBeGreaterThan(30);
    for (const r of pinned) expect(communeAt(r.location!.lat, r.location!.long)?.id, r.code).toBe(r.areaId);
  });

  it('a pin outside the province is refused, even one inside its bounding box (Than Uyên, Lai Châu)', async () => {
    const token = await s.signIn();
    for (const location of [
      { lat: 21.0285, long: 105.8542 },
      { lat: 21.955, long: 103.89 },
    ]) {
      const res = await s.api('/api/feedback', {
        method: 'POST',
        token,
        headers: { 'idempotency-key': `outside-${location.lat}-${Date.now()}` },
        json: { categoryId: 'giao-thong', title: 'Ổ gà giữa đường', content: 'Ổ gà lớn giữa đường, trời mưa đọng nước rất nguy hiểm.', location },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('location');
    }
  });
});
