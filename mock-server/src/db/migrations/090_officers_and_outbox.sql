-- Officer accounts (the console at /officer/), who did what, residents' consent to Zalo messages,
-- and the outbox those messages wait in.

-- One person at one agency. The agency is a code of the agency directory (services/agencies.ts):
-- a dossier agency's identification code (000.01.31.H38) or the code of a feedback-only agency.
CREATE TABLE officer_accounts (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  full_name TEXT NOT NULL,
  title TEXT NOT NULL,               -- what residents read beside the office: "Chuyên viên", "Công chức"
  agency_code TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('officer', 'leader', 'admin')),
  password_hash TEXT NOT NULL,       -- scrypt$N$r$p$salt$hash (services/passwords.ts)
  seeded INTEGER NOT NULL DEFAULT 0, -- development accounts, whose password follows OFFICER_DEV_PASSWORD
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX officer_accounts_agency ON officer_accounts (agency_code);

-- Failed sign-ins by the name typed (whether or not such an account exists, so a lock-out tells
-- nobody which names are real), kept across restarts.
CREATE TABLE officer_sign_in_failures (
  username TEXT PRIMARY KEY COLLATE NOCASE,
  failures INTEGER NOT NULL,
  first_failed_at INTEGER NOT NULL,
  locked_until INTEGER
);

-- Who did each step: the account's username ('automation' for OFFICER_TOKEN); residents see the
-- office and the officer's title and name, never this.
ALTER TABLE dossier_history ADD COLUMN officer_account TEXT;
-- The code of the agency a report is with now (its `agency` is the name residents read).
ALTER TABLE feedback ADD COLUMN agency_code TEXT;
CREATE INDEX feedback_agency_code ON feedback (agency_code, created_at DESC);
ALTER TABLE feedback_events ADD COLUMN officer TEXT;
ALTER TABLE feedback_events ADD COLUMN officer_account TEXT;

-- Whether the resident let the app message them through Zalo: NULL never asked, else their answer.
ALTER TABLE users ADD COLUMN zalo_notifications TEXT CHECK (zalo_notifications IN ('granted', 'refused'));
ALTER TABLE users ADD COLUMN zalo_notifications_at INTEGER;

-- Messages to residents through Zalo, written in the same transaction as the change they tell of
-- and delivered after it commits (services/outbox.ts).
CREATE TABLE notification_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  message_key TEXT NOT NULL UNIQUE,  -- one message per change, whatever retries happen; Zalo's tracking_id
  user_id TEXT NOT NULL REFERENCES users(id),
  channel TEXT NOT NULL CHECK (channel IN ('zns', 'miniapp')),
  template TEXT NOT NULL,            -- our template name: dossier-status, dossier-papers, ...
  params TEXT NOT NULL,              -- JSON { name: value } for the template
  phone TEXT,                        -- ZNS goes by phone (personal: never listed)
  agency_code TEXT,                  -- the agency whose item changed (who may read it in the console)
  ref_kind TEXT NOT NULL,
  ref_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'stored', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT,
  provider_id TEXT,                  -- Zalo's msg_id once sent
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);
CREATE INDEX notification_outbox_created ON notification_outbox (created_at DESC, id DESC);
CREATE INDEX notification_outbox_agency ON notification_outbox (agency_code, created_at DESC);
