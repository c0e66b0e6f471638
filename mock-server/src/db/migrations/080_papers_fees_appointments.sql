-- Dossiers as the national portal runs them: files per paper, fees paid through Zalo Checkout,
-- appointments at the one-stop desks. Every table that names a dossier references dossiers(code),
-- so a seeded dossier moved to another day (db/rename-code.ts) takes its rows along.

-- The files of a dossier, by paper. `paper_id` is the catalogue's id (or `bo-sung-<n>` for a paper
-- an officer described in words); null for files sent before papers had their own slots.
CREATE TABLE dossier_files (
  upload_id TEXT PRIMARY KEY REFERENCES uploads(id),
  code TEXT NOT NULL REFERENCES dossiers(code),
  paper_id TEXT,
  paper_name TEXT,                   -- the paper's name when the file came (catalogues change)
  round INTEGER NOT NULL,            -- 0: sent with the dossier; n: with the n-th supplement
  added_at INTEGER NOT NULL
);
CREATE INDEX dossier_files_code ON dossier_files(code, round);
INSERT INTO dossier_files (upload_id, code, paper_id, paper_name, round, added_at)
  SELECT u.id, substr(u.attached_to, 9), NULL, NULL, 0, u.created_at FROM uploads u
  WHERE u.attached_to LIKE 'dossier:%' AND substr(u.attached_to, 9) IN (SELECT code FROM dossiers);

-- Status 5: the papers the office asked for, JSON [{ id, name, note }] (missing_documents keeps their names).
ALTER TABLE dossiers ADD COLUMN missing_papers TEXT NOT NULL DEFAULT '[]';

-- Fees asked for with status 6 and an amount.
CREATE TABLE dossier_fees (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL REFERENCES dossiers(code),
  amount INTEGER NOT NULL CHECK (amount > 0),
  reason TEXT NOT NULL,
  requested_at INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('due', 'paid', 'settled', 'void')),
  closed_at INTEGER
);
CREATE INDEX dossier_fees_code ON dossier_fees(code, id);
CREATE UNIQUE INDEX dossier_fees_one_due ON dossier_fees(code) WHERE status = 'due';

-- Our side of a Zalo Checkout order (the parameters of Payment.createOrder, and what the Checkout
-- server called back with).
CREATE TABLE payment_orders (
  id TEXT PRIMARY KEY,               -- our order id, TT-<yymmdd>-<random>
  fee_id INTEGER NOT NULL REFERENCES dossier_fees(id),
  code TEXT NOT NULL REFERENCES dossiers(code),
  owner_id TEXT NOT NULL REFERENCES users(id),
  amount INTEGER NOT NULL,
  description TEXT NOT NULL,
  item TEXT NOT NULL,                -- JSON array, as sent to createOrder
  extradata TEXT NOT NULL,           -- JSON string, as sent
  method TEXT NOT NULL,              -- JSON string, as sent
  status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
  created_at INTEGER NOT NULL,
  checkout_order_id TEXT,            -- Checkout's own order id, from its callback
  trans_id TEXT,
  result_code INTEGER,
  result_message TEXT,
  pay_method TEXT,
  paid_at INTEGER,
  receipt_series TEXT,
  receipt_number TEXT
);
CREATE INDEX payment_orders_fee ON payment_orders(fee_id, status);
CREATE UNIQUE INDEX payment_orders_one_paid_per_fee ON payment_orders(fee_id) WHERE status = 'paid';
CREATE UNIQUE INDEX payment_orders_receipt ON payment_orders(receipt_series, receipt_number) WHERE receipt_number IS NOT NULL;

-- The one-stop desks that take appointments: the province's public administrative service centre
-- and each commune's (their agency in dossier_agencies).
CREATE TABLE appointment_offices (
  id TEXT PRIMARY KEY,               -- tinh-lao-cai, or the commune's slug (xa-bat-xat)
  agency_code TEXT REFERENCES dossier_agencies(code),
  kind TEXT NOT NULL CHECK (kind IN ('province', 'commune')),
  name TEXT NOT NULL,
  commune TEXT,
  address TEXT NOT NULL,
  phone TEXT NOT NULL,
  hours TEXT NOT NULL,               -- JSON [["07:30","11:30"],["13:30","17:00"]], Monday to Friday
  capacity INTEGER NOT NULL CHECK (capacity > 0),  -- people received per half hour
  latitude REAL,
  longitude REAL,
  sort INTEGER NOT NULL
);

CREATE TABLE appointments (
  code TEXT PRIMARY KEY,             -- LH-<yymmdd of the day>-<random>
  office_id TEXT NOT NULL REFERENCES appointment_offices(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  date TEXT NOT NULL,                -- YYYY-MM-DD, Vietnam
  time TEXT NOT NULL,                -- HH:MM, start of the half hour
  starts_at INTEGER NOT NULL,
  procedure_id TEXT REFERENCES procedures(id),
  note TEXT,
  status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
  created_at INTEGER NOT NULL,
  cancelled_at INTEGER,
  reminded_at INTEGER
);
CREATE INDEX appointments_slot ON appointments(office_id, date, time) WHERE status = 'booked';
CREATE INDEX appointments_user ON appointments(user_id, starts_at);
CREATE INDEX appointments_reminders ON appointments(starts_at) WHERE status = 'booked' AND reminded_at IS NULL;
-- One person holds at most one place in a slot.
CREATE UNIQUE INDEX appointments_one_per_person ON appointments(user_id, office_id, date, time) WHERE status = 'booked';
-- A slot never takes more people than its office's capacity, whatever the code above does.
CREATE TRIGGER appointments_capacity BEFORE INSERT ON appointments
WHEN NEW.status = 'booked' AND (
  SELECT COUNT(*) FROM appointments WHERE office_id = NEW.office_id AND date = NEW.date AND time = NEW.time AND status = 'booked'
) >= (SELECT capacity FROM appointment_offices WHERE id = NEW.office_id)
BEGIN
  SELECT RAISE(ABORT, 'SLOT_FULL');
END;
