-- Sessions ended with POST /api/auth/logout: their token id, kept until the token would have
-- expired anyway (then the periodic sweep deletes the row), so a restart does not revive them.
CREATE TABLE revoked_sessions (
  session_id TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
);
CREATE INDEX idx_revoked_sessions_expires ON revoked_sessions (expires_at);

-- What one person uploaded in the last 24 hours (the daily allowance), and uploads never attached
-- to a dossier or report (deleted after 24 hours by the sweep).
CREATE INDEX idx_uploads_owner_created ON uploads (owner_id, created_at);
CREATE INDEX idx_uploads_unattached ON uploads (created_at) WHERE attached_to IS NULL;
