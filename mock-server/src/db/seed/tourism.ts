import type { Seeder } from './index.js';
import { TOURISM_AREAS } from '../../contract/tourism.js';
import { foldVietnamese } from '../../contract/text.js';
import { PLACES } from './tourism-places.js';
import { TOURS } from './tourism-tours.js';

const DAY_MS = 24 * 3600 * 1000;

export const placeImage = (id: string) => `/media/tourism/${id}.svg`;
const areaName = (id: string) => TOURISM_AREAS.find((a) => a.id === id)!.name;

export function seasonMask(months: number[]): number {
  return months.reduce((mask, m) => mask | (1 << (m - 1)), 0);
}

/** Places and tours of Lào Cai. Their texts do not age; only "last updated" dates follow `now`. */
export const tourismSeeder: Seeder = {
  name: 'tourism',
  seed(db, now) {
    const nowMs = now.getTime();
    const insertPlace = db.prepare(
      `INSERT INTO places (id, name, category, area_id, commune, address, latitude, longitude, elevation,
         summary, description, image, hours, tickets, ticket_note, seasons, season_mask, market_day, festivals, tips,
         search, sort_order, updated_at)
       VALUES (@id, @name, @category, @areaId, @commune, @address, @latitude, @longitude, @elevation,
         @summary, @description, @image, @hours, @tickets, @ticketNote, @seasons, @seasonMask, @marketDay, @festivals, @tips,
         @search, @sortOrder, @updatedAt)`,
    );
    PLACES.forEach((p, i) => {
      insertPlace.run({
        id: p.id,
        name: p.name,
        category: p.category,
        areaId: p.areaId,
        commune: p.commune,
        address: p.address,
        latitude: p.latitude,
        longitude: p.longitude,
        elevation: p.elevation,
        summary: p.summary,
        description: JSON.stringify(p.description),
        image: placeImage(p.id),
        hours: JSON.stringify(p.hours),
        tickets: JSON.stringify(p.tickets),
        ticketNote: p.ticketNote ?? null,
        seasons: JSON.stringify(p.seasons),
        seasonMask: seasonMask(p.seasons.flatMap((s) => s.months)),
        marketDay: p.marketDay ? JSON.stringify(p.marketDay) : null,
        festivals: JSON.stringify(p.festivals ?? []),
        tips: JSON.stringify(p.tips),
        search: foldVietnamese([p.name, areaName(p.areaId), p.commune, p.address, p.summary].join(' ')),
        sortOrder: i,
        updatedAt: nowMs - ((i * 5) % 40 + 3) * DAY_MS,
      });
    });

    const placeById = new Map(PLACES.map((p) => [p.id, p]));
    const insertTour = db.prepare(
      `INSERT INTO tours (id, name, summary, image, price, child_price, days, nights, departure, schedule, departs,
         provider_name, provider_phone, provider_address, itinerary, includes, excludes, notes, areas, search, sort_order,
         price_updated_at)
       VALUES (@id, @name, @summary, @image, @price, @childPrice, @days, @nights, @departure, @schedule, @departs,
         @providerName, @providerPhone, @providerAddress, @itinerary, @includes, @excludes, @notes, @areas, @search, @sortOrder,
         @priceUpdatedAt)`,
    );
    const insertStop = db.prepare('INSERT INTO tour_places (tour_id, place_id, position) VALUES (?, ?, ?)');
    TOURS.forEach((t, i) => {
      const places = t.places.map((id) => {
        const p = placeById.get(id);
        if (!p) throw new Error(`Tour ${t.id} names an unknown place ${id}`);
        return p;
      });
      if (t.itinerary.length !== t.days) throw new Error(`Tour ${t.id}: ${t.itinerary.length} itinerary days for ${t.days} days`);
      const areas = [...new Set(places.map((p) => areaName(p.areaId)))];
      insertTour.run({
        id: t.id,
        name: t.name,
        summary: t.summary,
        image: placeImage(t.imagePlace),
        price: t.price,
        childPrice: t.childPrice,
        days: t.days,
        nights: t.days - 1,
        departure: t.departure,
        schedule: t.schedule,
        departs: JSON.stringify(t.departs),
        providerName: t.provider.name,
        providerPhone: t.provider.phone,
        providerAddress: t.provider.address,
        itinerary: JSON.stringify(t.itinerary.map((d, n) => ({ day: n + 1, ...d }))),
        includes: JSON.stringify(t.includes),
        excludes: JSON.stringify(t.excludes),
        notes: JSON.stringify(t.notes),
        areas: JSON.stringify(areas),
        search: foldVietnamese([t.name, t.summary, t.departure, t.provider.name, ...areas, ...places.map((p) => p.name)].join(' ')),
        sortOrder: i,
        priceUpdatedAt: nowMs - ((i * 3) % 20 + 1) * DAY_MS,
      });
      t.places.forEach((id, pos) => insertStop.run(t.id, id, pos));
    });
  },
  rebase(db, shiftMs) {
    db.prepare('UPDATE places SET updated_at = updated_at + ?').run(shiftMs);
    db.prepare('UPDATE tours SET price_updated_at = price_updated_at + ?').run(shiftMs);
  },
  newest: (db) =>
    db.prepare('SELECT MAX((SELECT MAX(updated_at) FROM places), (SELECT MAX(price_updated_at) FROM tours))').pluck().get() as number | null,
};
