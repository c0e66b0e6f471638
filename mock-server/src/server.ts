import { buildApp } from './app.js';
import { loadConfig } from './config.js';

/** Starts the API: migrates and seeds the database first, then listens; stops cleanly on SIGTERM. */
async function main() {
  const config = loadConfig();
  const { app } = await buildApp(config);
  const address = await app.listen({ host: config.host, port: config.port });
  app.log.info({ dbPath: config.dbPath, identityMode: config.identityMode }, 'Lào Cai số API ready');
  // Always printed, whatever the log level: with PORT=0 it is how a caller learns the port.
  console.log(`Lào Cai số API: ${address}`);
  if (config.officerTokenIsDefault) {
    // Printed on purpose: it is the development default, documented in README.
    console.log(`Mã cán bộ (OFFICER_TOKEN) mặc định cho môi trường phát triển: ${config.officerToken}`);
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
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
  console.error('Không khởi động được máy chủ:', err);
  process.exit(1);
});
