-- Remembered answers to Idempotency-Key hold personal data (a dossier's ID number and phone):
-- they are kept for a day, long enough for any retry, and then deleted by created_at.
CREATE INDEX idx_idempotency_keys_created ON idempotency_keys (created_at);
