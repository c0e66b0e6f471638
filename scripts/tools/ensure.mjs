/**
 * The measuring tools (autocannon, json-server, Lighthouse and its Chrome launcher) are a third of
 * the packages a full install would bring, and only `npm run bench` and `npm run lighthouse` use
 * them. They live in this folder with their own pinned lock file, installed the first time one of
 * those commands runs; the project's `npm ci` (and CI) never downloads them.
 *
 * The imports below are written here, not in the scripts, so that they resolve from this folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));

export function ensureTools() {
  if (fs.existsSync(path.join(dir, 'node_modules', '.package-lock.json'))) return;
  console.log('::: installing the measuring tools once, into scripts/tools/node_modules (npm ci)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('Could not install the measuring tools (scripts/tools): see npm output above.');
}

export async function loadAutocannon() {
  ensureTools();
  return (await import('autocannon')).default;
}

export async function loadLighthouse() {
  ensureTools();
  const [lighthouse, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  return { lighthouse: lighthouse.default, chromeLauncher };
}

/** The json-server command-line entry, to start it as its own process. */
export function jsonServerBin() {
  ensureTools();
  return fileURLToPath(import.meta.resolve('json-server/lib/cli/bin.js'));
}
