import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, productionProblems } from '../src/config.js';
import { buildApp } from '../src/app.js';

const SAFE = {
  IDENTITY_MODE: 'zalo',
  OFFICER_TOKEN: 'c'.repeat(20) + 'an-bo-that-su-bi-mat-2026',
  OFFICER_DEV_PASSWORD: 'mat-khau-rieng-2026',
  SESSION_SECRET: 's'.repeat(40),
  ZALO_APP_ID: '2468013579',
  ZALO_APP_SECRET: 'zalo-app-secret',
  OPEN311_API_KEYS: 'khoa-rieng-cua-ung-dung-a:ung-dung-a',
  PUBLIC_BASE_URL: 'https://api.laocai.gov.vn',
  CHECKOUT_MODE: 'zalo',
  CHECKOUT_PRIVATE_KEY: 'khoa-rieng-zalo-checkout-cua-tinh',
};

const problemsOf = (env: Record<string, string | undefined>) => productionProblems(loadConfig(env as NodeJS.ProcessEnv));

describe('production refuses development defaults', () => {
  it('accepts a complete production configuration, and leaves development alone', () => {
    expect(problemsOf(SAFE)).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'production', ...SAFE })).toEqual([]);
    // Development keeps its printed defaults.
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'test' })).toEqual([]);
  });

  it('names every unsafe setting at once, under IDENTITY_MODE=zalo and under NODE_ENV=production', () => {
    for (const trigger of [{ IDENTITY_MODE: 'zalo' }, { NODE_ENV: 'production' }]) {
      const problems = problemsOf(trigger);
      const text = problems.join('\n');
      for (const name of ['OFFICER_TOKEN', 'OFFICER_DEV_PASSWORD', 'SESSION_SECRET', 'ZALO_APP_ID', 'ZALO_APP_SECRET', 'OPEN311_API_KEYS', 'CHECKOUT_MODE', 'CHECKOUT_PRIVATE_KEY', 'PUBLIC_BASE_URL']) {
        expect(text, name).toContain(name);
      }
      // NODE_ENV=production with the mock identity would let anyone sign in as anyone.
      expect(text.includes('IDENTITY_MODE')).toBe(trigger.NODE_ENV === 'production');
    }
  });

  it('refuses each weak setting on its own', () => {
    const one = (change: Record<string, string | undefined>) => problemsOf({ ...SAFE, ...change });
    expect(one({ OFFICER_TOKEN: undefined })).toEqual([expect.stringContaining('OFFICER_TOKEN')]);
    expect(one({ OFFICER_TOKEN: 'can-bo-lao-cai-dev' })).toEqual([expect.stringContaining('mặc định')]);
    expect(one({ OFFICER_TOKEN: 'x'.repeat(31) })).toEqual([expect.stringContaining('quá ngắn (31 ký tự)')]);
    expect(one({ OFFICER_TOKEN: 'x'.repeat(32) })).toEqual([]);
    expect(one({ OFFICER_DEV_PASSWORD: undefined })).toEqual([expect.stringContaining('OFFICER_DEV_PASSWORD chưa đặt')]);
    expect(one({ OFFICER_DEV_PASSWORD: 'LaoCai@2025' })).toEqual([expect.stringContaining('mật khẩu mặc định')]);
    expect(one({ OFFICER_DEV_PASSWORD: 'ngan-qua-1' })).toEqual([expect.stringContaining('OFFICER_DEV_PASSWORD quá ngắn (10 ký tự)')]);
    expect(one({ SESSION_SECRET: undefined })).toEqual([expect.stringContaining('SESSION_SECRET chưa đặt')]);
    expect(one({ SESSION_SECRET: 'ngan' })).toEqual([expect.stringContaining('SESSION_SECRET quá ngắn')]);
    expect(one({ ZALO_APP_ID: '' })).toEqual([expect.stringContaining('ZALO_APP_ID')]);
    expect(one({ ZALO_APP_SECRET: undefined })).toEqual([expect.stringContaining('ZALO_APP_SECRET')]);
    expect(one({ OPEN311_API_KEYS: undefined })).toEqual([expect.stringContaining('OPEN311_API_KEYS')]);
    expect(one({ OPEN311_API_KEYS: 'open311-dev-key-lao-cai:ung-dung-thu-nghiem,khoa-rieng-cua-ung-dung-a:a' })).toEqual([
      expect.stringContaining('open311-dev-key-lao-cai'),
    ]);
    expect(one({ PUBLIC_BASE_URL: 'http://api.laocai.gov.vn' })).toEqual([expect.stringContaining('https')]);
    expect(one({ CLOCK_START: '2026-12-03T09:30:00+07:00' })).toEqual([expect.stringContaining('CLOCK_START')]);
    expect(one({ CLOCK_FROZEN: 'true' })).toEqual([expect.stringContaining('CLOCK_FROZEN')]);
    // Fees: the mock checkout records payments nobody made; Checkout needs its own private key.
    expect(one({ CHECKOUT_MODE: undefined })).toEqual([expect.stringContaining('CHECKOUT_MODE')]);
    expect(one({ CHECKOUT_MODE: 'mock' })).toEqual([expect.stringContaining('CHECKOUT_MODE')]);
    expect(one({ CHECKOUT_PRIVATE_KEY: undefined })).toEqual([expect.stringContaining('CHECKOUT_PRIVATE_KEY')]);
    expect(one({ CHECKOUT_PRIVATE_KEY: 'checkout-dev-key-lao-cai' })).toEqual([expect.stringContaining('CHECKOUT_PRIVATE_KEY')]);
    expect(() => loadConfig({ CHECKOUT_MODE: 'that' })).toThrow(/CHECKOUT_MODE/);
  });

  it('drops localhost from the default CORS origins in production', () => {
    const allows = (origins: (string | RegExp)[], origin: string) => origins.some((o) => (typeof o === 'string' ? o === origin : o.test(origin)));
    expect(allows(loadConfig({}).corsOrigins, 'http://localhost:3000')).toBe(true);
    expect(allows(loadConfig(SAFE).corsOrigins, 'http://localhost:3000')).toBe(false);
    expect(allows(loadConfig(SAFE).corsOrigins, 'https://h5.zdn.vn')).toBe(true);
  });

  it('will not even build the app with an unsafe configuration (nothing is opened or created)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-prod-'));
    try {
      const config = loadConfig({ IDENTITY_MODE: 'zalo', DB_PATH: path.join(dir, 'x.db') });
      await expect(buildApp(config)).rejects.toThrow(/OFFICER_TOKEN/);
      expect(fs.existsSync(path.join(dir, 'x.db'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the server process exits at once, saying why, one problem a line', { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-prod-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/src/server.ts'], {
        env: { ...process.env, NODE_ENV: 'production', IDENTITY_MODE: 'zalo', PORT: '0', DB_PATH: path.join(dir, 'x.db'), OFFICER_TOKEN: 'ngan' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      child.stderr!.on('data', (d) => (out += d));
      const code = await new Promise<number | null>((r) => child.once('exit', r));
      expect(code).toBe(1);
      expect(out).toContain('Máy chủ không khởi động ở chế độ chạy thật');
      const lines = out.split('\n').filter((l) => l.startsWith('  - '));
      expect(lines.map((l) => l.slice(4).split(' ')[0])).toEqual([
        'OFFICER_TOKEN',
        'OFFICER_DEV_PASSWORD',
        'SESSION_SECRET',
        'ZALO_APP_ID',
        'ZALO_APP_SECRET',
        'OPEN311_API_KEYS',
        'CHECKOUT_MODE',
        'CHECKOUT_PRIVATE_KEY',
        'PUBLIC_BASE_URL',
      ]);
      expect(out).not.toContain('ready');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
