-- Power-outage schedules as EVN NPC publishes them: power companies' branches (Điện lực), the
-- communes and wards each serves, and outages (planned or emergency) with time, place and reason.
-- Status (scheduled / ongoing / restored) is not stored: it follows the clock; only a cancellation is.
CREATE TABLE outage_branches (
  id TEXT PRIMARY KEY,              -- slug: 'sa-pa'
  code TEXT NOT NULL UNIQUE,        -- short code used in outage ids: 'SP'
  name TEXT NOT NULL,               -- 'Điện lực Sa Pa'
  company TEXT NOT NULL,            -- 'Công ty Điện lực Lào Cai'
  company_code TEXT NOT NULL,       -- 'PCLC'
  phone TEXT NOT NULL,              -- the branch's customer line
  address TEXT NOT NULL,
  sort INTEGER NOT NULL
);

CREATE TABLE outage_communes (
  id TEXT PRIMARY KEY,              -- slug: 'xa-ta-van', 'phuong-sa-pa'
  branch_id TEXT NOT NULL REFERENCES outage_branches(id),
  name TEXT NOT NULL,               -- 'Xã Tả Van'
  sort INTEGER NOT NULL
);
CREATE INDEX outage_communes_branch ON outage_communes(branch_id, sort);

CREATE TABLE outages (
  id TEXT PRIMARY KEY,              -- stable: 'PCLC-SP-0003'
  branch_id TEXT NOT NULL REFERENCES outage_branches(id),
  type TEXT NOT NULL CHECK (type IN ('planned', 'emergency')),
  area TEXT NOT NULL,               -- the area as published: feeders, substations, villages
  start_at INTEGER NOT NULL,
  end_at INTEGER NOT NULL CHECK (end_at > start_at),
  reason TEXT NOT NULL,
  cancelled_at INTEGER,             -- set when the branch calls it off
  note TEXT,                        -- why it was called off, or an update
  published_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  search TEXT NOT NULL              -- folded (foldVietnamese) id, branch, area, communes, reason
);
CREATE INDEX outages_start ON outages(start_at);
CREATE INDEX outages_branch ON outages(branch_id, start_at);

CREATE TABLE outage_commune_links (
  outage_id TEXT NOT NULL REFERENCES outages(id) ON DELETE CASCADE,
  commune_id TEXT NOT NULL REFERENCES outage_communes(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (outage_id, commune_id)
);
CREATE INDEX outage_commune_links_commune ON outage_commune_links(commune_id);
