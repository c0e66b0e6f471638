import { buildApp } from './app.js';
import { loadConfig, UnsafeProductionConfig } from './config.js';

/** Requests in flight get this long to finish after SIGTERM; then their connections are cut. */
const GRACE_MS = 5_000;
/** Whatever still hangs (a stuck close, a database busy), the process is gone by then. */
const HARD_EXIT_MS = 9_000;

/** Starts the API: migrates and seeds the database first, then listens; stops within 10 s on SIGTERM. */
async function main() {
  const config = loadConfig();
  const { app } = await buildApp(config);
  const address = await app.listen({ host: config.host, port: config.port });
  app.log.info({ dbPath: config.dbPath, identityMode: config.identityMode, production: config.production }, 'Lào Cai số API ready');
  // Always printed, whatever the log level: with PORT=0 it is how a caller learns the port.
  console.log(`Lào Cai số API: ${address}`);
  if (config.officerTokenIsDefault) {
    // Printed on purpose: it is the development default, documented in README (refused in production).
    console.log(`Mã cán bộ (OFFICER_TOKEN) mặc định cho môi trường phát triển: ${config.officerToken}`);
  }
  if (config.officerDevPasswordIsDefault) {
    // Also printed on purpose (refused in production): the console's development accounts sign in with it.
    console.log(
      `Bàn làm việc cán bộ: ${address}/officer/ — tài khoản mẫu là mã cơ quan (ví dụ 000.01.31.H38, quản trị: quan-tri), mật khẩu (OFFICER_DEV_PASSWORD) mặc định: ${config.officerDevPassword}`,
    );
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // A sender that never finishes (a stalled upload, a socket left half open) must not keep the
    // process alive: after the grace period every connection is cut, which lets close() finish
    // and close the database; and if even that hangs, the process leaves anyway.
    setTimeout(() => {
      app.log.warn('requests still open after the grace period: cutting their connections');
      app.server.closeAllConnections();
    }, GRACE_MS).unref();
    setTimeout(() => {
      console.error('Máy chủ không dừng kịp: thoát ngay.');
      process.exit(1);
    }, HARD_EXIT_MS).unref();
    // Requests in flight finish; the onClose hook closes the database after them.
    app.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  if (err instanceof UnsafeProductionConfig) console.error(err.message);
  else console.error('Không khởi động được máy chủ:', err);
  process.exit(1);
});
