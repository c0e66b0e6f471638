-- Core tables shared by every feature: settings, users, idempotent writes, uploads, notifications.
CREATE TABLE app_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,            -- the Zalo user id (per Zalo app)
  name TEXT,
  avatar TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL,            -- who sent it (user id, officer, or client address)
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,      -- hash of method, route and body: a reused key with another body is refused
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
);

CREATE TABLE uploads (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  content_type TEXT NOT NULL,
  public INTEGER NOT NULL DEFAULT 0,  -- set when attached to something public (a feedback photo)
  attached_to TEXT,                   -- e.g. 'dossier:<code>' once used, so it cannot be reused elsewhere
  created_at INTEGER NOT NULL
);
CREATE INDEX uploads_owner ON uploads(owner_id);

CREATE TABLE notifications (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id TEXT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,             -- 'dossier' | 'feedback' | ...
  ref_id TEXT NOT NULL,           -- the code of the item it is about
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  read_at INTEGER
);
CREATE INDEX notifications_user ON notifications(user_id, created_at DESC);

CREATE TABLE seed_runs (
  name TEXT PRIMARY KEY,
  applied_at INTEGER NOT NULL
);
