-- Tourism: places (TouristAttraction) and tours (TouristTrip) of Lào Cai.
CREATE TABLE places (
  id TEXT PRIMARY KEY,                 -- slug, e.g. 'fansipan'
  name TEXT NOT NULL,
  category TEXT NOT NULL,              -- scenery | heritage | village | market | border-city | experience
  area_id TEXT NOT NULL,               -- tourist area, e.g. 'sa-pa'
  commune TEXT NOT NULL,               -- today's xã/phường (after 1 July 2025)
  address TEXT NOT NULL,
  latitude REAL NOT NULL,
  longitude REAL NOT NULL,
  elevation INTEGER NOT NULL,          -- metres
  summary TEXT NOT NULL,
  description TEXT NOT NULL,           -- JSON array of paragraphs
  image TEXT NOT NULL,                 -- /media/tourism/<file>.svg
  hours TEXT NOT NULL,                 -- JSON OpeningHours
  tickets TEXT NOT NULL,               -- JSON [{label, price}], [] when free
  ticket_note TEXT,
  seasons TEXT NOT NULL,               -- JSON [{name, months, note}]
  season_mask INTEGER NOT NULL,        -- bit (month - 1) set for each best month, for filtering
  market_day TEXT,                     -- JSON DayRule, for markets
  festivals TEXT NOT NULL,             -- JSON [{name, rule, description}]
  tips TEXT NOT NULL,                  -- JSON array
  search TEXT NOT NULL,                -- folded name, area, commune, summary
  sort_order INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX places_category ON places(category, sort_order);
CREATE INDEX places_area ON places(area_id, sort_order);

CREATE TABLE tours (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  summary TEXT NOT NULL,
  image TEXT NOT NULL,
  price INTEGER NOT NULL,              -- VND per adult
  child_price INTEGER,
  days INTEGER NOT NULL,
  nights INTEGER NOT NULL,
  departure TEXT NOT NULL,
  schedule TEXT NOT NULL,
  departs TEXT NOT NULL,               -- JSON {weekdays, months?}: departures are computed from it for the coming weeks
  provider_name TEXT NOT NULL,
  provider_phone TEXT NOT NULL,
  provider_address TEXT NOT NULL,
  itinerary TEXT NOT NULL,             -- JSON [{day, title, activities, meals, overnight}]
  includes TEXT NOT NULL,              -- JSON array
  excludes TEXT NOT NULL,              -- JSON array
  notes TEXT NOT NULL,                 -- JSON array
  areas TEXT NOT NULL,                 -- JSON array of area names
  search TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  price_updated_at INTEGER NOT NULL
);
CREATE INDEX tours_price ON tours(price);

CREATE TABLE tour_places (
  tour_id TEXT NOT NULL REFERENCES tours(id) ON DELETE CASCADE,
  place_id TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (tour_id, place_id)
);
CREATE INDEX tour_places_place ON tour_places(place_id);
