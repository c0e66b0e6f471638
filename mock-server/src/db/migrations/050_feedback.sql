-- Citizen feedback (phản ánh): reports, their public timeline, and the per-day code counter.
CREATE TABLE feedback_sequences (
  day TEXT PRIMARY KEY,            -- yymmdd of the code
  last INTEGER NOT NULL
);

CREATE TABLE feedback (
  code TEXT PRIMARY KEY,           -- PA-<yymmdd>-<sequence>
  owner_id TEXT NOT NULL REFERENCES users(id),
  category_id TEXT NOT NULL,
  title TEXT NOT NULL,
  content TEXT NOT NULL,           -- plain text, shown as text, never as HTML
  fields_json TEXT NOT NULL DEFAULT '{}',
  lat REAL,
  long REAL,
  area_id TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  anonymous INTEGER NOT NULL DEFAULT 1,
  public_name TEXT,                -- what the public sees when not anonymous ("Nguyễn Thị M.")
  contact_json TEXT,               -- contact given through Open311: officers only
  source TEXT NOT NULL DEFAULT 'app', -- 'app' | 'open311:<client>' | 'seed'
  media_url TEXT,                  -- an outside media_url sent through Open311
  status TEXT NOT NULL,
  agency TEXT NOT NULL,            -- agency responsible now
  status_note TEXT,                -- why it is in its status (Open311 status_notes)
  duplicate_of TEXT REFERENCES feedback(code),
  answer_text TEXT,
  answer_agency TEXT,
  answered_at INTEGER,
  answer_round INTEGER NOT NULL DEFAULT 0,
  rating_score INTEGER,
  rating_comment TEXT,
  rated_at INTEGER,
  rating_round INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  expected_at INTEGER NOT NULL,
  search TEXT NOT NULL,            -- folded title, content, address, code
  seeded INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feedback_created ON feedback(created_at DESC);
CREATE INDEX feedback_owner ON feedback(owner_id, created_at DESC);
CREATE INDEX feedback_category_place ON feedback(category_id, lat, long);
CREATE INDEX feedback_area ON feedback(area_id, created_at DESC);

CREATE TABLE feedback_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL REFERENCES feedback(code),
  at INTEGER NOT NULL,
  kind TEXT NOT NULL,              -- created|assigned|processing|answered|closed|rejected|duplicate|reopened|rated
  status TEXT NOT NULL,            -- the status after it
  actor TEXT NOT NULL,             -- citizen|officer|system
  agency TEXT,
  note TEXT
);
CREATE INDEX feedback_events_code ON feedback_events(code, at);
