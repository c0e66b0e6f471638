import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';
import { COMMUNES } from '../src/contract/communes.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

type Contact = { id: string; name: string; phone: string; address: string | null; hours: string | null; commune: string | null; free: boolean };
type Group = { id: string; title: string; items: Contact[] };

describe('GET /api/contacts', () => {
  it('has the emergency numbers, free, and the power line the outage schedule gives', async () => {
    const res = await s.api('/api/contacts');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const groups = res.body.groups as Group[];
    expect(groups.map((g) => g.id)).toEqual(['emergency', 'province', 'power', 'communes']);
    const emergency = groups[0].items;
    for (const n of ['113', '114', '115']) expect(emergency.find((c) => c.phone === n)).toMatchObject({ free: true });
    const branches = await s.api('/api/outages/branches');
    const branchPhones = new Set((branches.body.items as { phone: string }[]).map((b) => b.phone));
    expect([...branchPhones]).toEqual(['1900 6769']);
    expect(groups[2].items.map((c) => c.phone)).toEqual(['1900 6769']);
  });

  it('lists the centre of every commune and ward, with the address, hours and phone the appointment desks use', async () => {
    const [contacts, offices] = await Promise.all([s.api('/api/contacts'), s.api('/api/appointments/offices')]);
    const communes = (contacts.body.groups as Group[]).find((g) => g.id === 'communes')!.items;
    expect(communes).toHaveLength(COMMUNES.length);
    expect(new Set(communes.map((c) => c.commune))).toEqual(new Set(COMMUNES.map((c) => c.name)));
    const officeList = offices.body.items as { name: string; phone: string; address: string; commune: string | null }[];
    for (const c of communes) {
      const office = officeList.find((o) => o.commune === c.commune)!;
      expect(c).toMatchObject({ name: office.name, phone: office.phone, address: office.address });
      expect(c.hours).toBe('Thứ Hai – Thứ Sáu: 7:30 – 11:30, 13:30 – 17:00');
      expect(c.phone).toMatch(/^02(14|16) \d \d{3} \d{3}$/);
    }
    // The province's centre heads the province's lines.
    const province = (contacts.body.groups as Group[]).find((g) => g.id === 'province')!.items;
    expect(province[0].name).toBe('Trung tâm Phục vụ hành chính công tỉnh Lào Cai');
    // No number twice under two names.
    const all = (contacts.body.groups as Group[]).flatMap((g) => g.items);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });
});
