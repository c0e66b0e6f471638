-- Administrative procedures (TTHC) and citizens' dossiers.

-- Offices that receive dossiers, with their national identification code (mã định danh, …H38).
CREATE TABLE dossier_agencies (
  code TEXT PRIMARY KEY,             -- e.g. 000.00.03.H38
  authority_id TEXT NOT NULL,        -- the catalogue's authority: 'so-tu-phap', or 'ubnd-xa' for every commune
  name TEXT NOT NULL,                -- Sở Tư pháp tỉnh Lào Cai, UBND phường Cam Đường
  commune TEXT,                      -- for a commune or ward: its name as in addresses
  reception_office TEXT NOT NULL,    -- the one-stop desk
  officers TEXT NOT NULL             -- JSON: { reception: name, department: name }
);
CREATE UNIQUE INDEX dossier_agencies_commune ON dossier_agencies(commune) WHERE commune IS NOT NULL;

CREATE TABLE procedures (
  id TEXT PRIMARY KEY,               -- national code in the province's form: 1.001193.000.00.00.H38
  national_code TEXT NOT NULL,       -- 1.001193
  name TEXT NOT NULL,
  field TEXT NOT NULL,               -- PROCEDURE_FIELDS id
  authority_id TEXT NOT NULL,
  authority_name TEXT NOT NULL,
  tier TEXT NOT NULL CHECK (tier IN ('province', 'commune')),
  agency_code TEXT REFERENCES dossier_agencies(code),  -- null for commune-tier procedures
  department TEXT NOT NULL,          -- the department that examines the case
  service_level TEXT NOT NULL CHECK (service_level IN ('full', 'partial')),
  processing_days INTEGER NOT NULL CHECK (processing_days >= 1),
  fee_vnd INTEGER NOT NULL DEFAULT 0,
  fee_text TEXT NOT NULL,
  description TEXT NOT NULL,
  applicants TEXT NOT NULL,
  papers TEXT NOT NULL,              -- JSON [{ name, copies, note? }]
  result TEXT NOT NULL,
  legal_basis TEXT NOT NULL,         -- JSON [text]
  fields TEXT NOT NULL,              -- JSON FormField[]
  search TEXT NOT NULL,              -- folded name, code, field, authority
  sort INTEGER NOT NULL
);
CREATE INDEX procedures_field ON procedures(field, sort);

CREATE TABLE dossiers (
  code TEXT PRIMARY KEY,             -- <agency code>-<yymmdd>-<sequence>
  procedure_id TEXT NOT NULL REFERENCES procedures(id),
  agency_code TEXT NOT NULL REFERENCES dossier_agencies(code),
  owner_id TEXT NOT NULL REFERENCES users(id),
  status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
  channel TEXT NOT NULL DEFAULT 'Trực tuyến',
  applicant TEXT NOT NULL,           -- JSON Applicant (personal: never sent to anyone but the owner and officers)
  applicant_search TEXT NOT NULL,    -- folded name, for officers' search
  fields TEXT NOT NULL,              -- JSON { name: value }
  missing_documents TEXT NOT NULL DEFAULT '[]',
  received_at INTEGER NOT NULL,
  due_at INTEGER NOT NULL,
  finished_at INTEGER,
  updated_at INTEGER NOT NULL,
  seeded INTEGER NOT NULL DEFAULT 0  -- demo data: moved forward with the calendar, never real submissions
);
CREATE INDEX dossiers_owner ON dossiers(owner_id, updated_at DESC);
CREATE INDEX dossiers_status ON dossiers(status, due_at);

CREATE TABLE dossier_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL REFERENCES dossiers(code),
  step INTEGER NOT NULL,
  status INTEGER NOT NULL,
  action TEXT NOT NULL,
  office TEXT NOT NULL,
  officer TEXT,
  actor TEXT NOT NULL CHECK (actor IN ('citizen', 'officer')),
  note TEXT,
  at INTEGER NOT NULL,
  UNIQUE (code, step)
);

-- The last sequence number given by each agency on each day, allocated inside the creating transaction.
CREATE TABLE dossier_sequences (
  agency_code TEXT NOT NULL,
  day TEXT NOT NULL,                 -- yymmdd
  last INTEGER NOT NULL,
  PRIMARY KEY (agency_code, day)
);
