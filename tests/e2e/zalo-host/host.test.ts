import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../harness';
import { APP_ROOT, readAppConfig, useZaloHost, zaloPhone, type ZaloPhone } from './host';

/*
 * The Zalo host's own tests: the page it builds from app-config.json, the phone it draws, and
 * each answer of the zmp-sdk stand-in, called in the page through the same module the app
 * imports (the build's zmp chunk, which the host serves as the stand-in).
 */
const env = useZaloHost();

/** Calls a zmp-sdk API in the page as the app would, and says how it settled. */
async function sdkCall(phone: ZaloPhone, api: string, ...args: unknown[]): Promise<{ ok: unknown } | { error: unknown }> {
  return phone.page.evaluate(
    async ([name, a]) => {
      const sdk = (await window.__zaloSdk()) as unknown as Record<string, (...x: unknown[]) => unknown>;
      try {
        return { ok: await sdk[name](...a) };
      } catch (e) {
        return { error: e };
      }
    },
    [api, args] as const,
  );
}

describe.skipIf(!hasBrowser())('the Zalo host', () => {
  it('serves the build under /zapps/<APP_ID>/ from app-config.json, not index.html', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/');
    const config = readAppConfig();
    expect(new URL(page.url()).pathname).toBe(APP_ROOT);
    const loaded = await page.evaluate(() => ({
      css: [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname),
      js: [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => ({ src: new URL(s.src).pathname, async: s.async, module: s.type === 'module' })),
      inline: document.querySelectorAll('script:not([src])').length,
    }));
    expect(loaded.css.slice(0, config.listCSS.length)).toEqual(config.listCSS.map((f) => APP_ROOT + f));
    expect(loaded.js).toEqual([
      ...config.listSyncJS.map((f) => ({ src: APP_ROOT + f, async: false, module: true })),
      ...config.listAsyncJS.map((f) => ({ src: APP_ROOT + f, async: true, module: true })),
    ]);
    expect(loaded.inline).toBe(0);
    await page.getByRole('heading', { name: 'Lào Cai số' }).waitFor();
    // A deep link or a reload lands on Zalo's document too.
    await phone.launch('/outages');
    await phone.page.getByRole('heading', { name: 'Lịch cắt điện' }).waitFor();
    phone.expectClean();
    await phone.context.close();
  });

  it('draws an iPhone: safe areas zmp-ui reads, the ⋯/✕ capsule at its place, a status bar', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/');
    const chrome = await page.evaluate(() => {
      const root = document.querySelector('zalo-host-chrome')!.shadowRoot!;
      const box = root.querySelector('.capsule')!.getBoundingClientRect();
      const css = getComputedStyle(document.documentElement);
      return {
        capsule: { x: box.x, y: box.y, width: box.width, height: box.height },
        top: css.getPropertyValue('--zaui-safe-area-inset-top').trim(),
        bottom: css.getPropertyValue('--zaui-safe-area-inset-bottom').trim(),
        hidden: document.querySelector('zalo-host-chrome')!.getAttribute('aria-hidden'),
      };
    });
    // 87 × 32 px, 8 px from the right edge, centred in the 44 px bar under the 44 px status bar.
    expect(chrome.capsule).toEqual({ x: 390 - 8 - 87, y: 44 + 6, width: 87, height: 32 });
    expect(chrome).toMatchObject({ top: '44px', bottom: '34px', hidden: 'true' });
    await phone.shot('host-home');
    await phone.context.close();
  });

  it('wipes localStorage between launches and keeps Native Storage', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/');
    await page.evaluate(() => {
      localStorage.setItem('x', '1');
      window.__zaloHost.nativeStorage.setItem('y', '2');
    });
    await page.reload();
    expect(await page.evaluate(() => [localStorage.getItem('x'), window.__zaloHost.nativeStorage.getItem('y')])).toEqual(['1', '2']);
    await phone.launch('/');
    expect(await phone.page.evaluate(() => [localStorage.getItem('x'), window.__zaloHost.nativeStorage.getItem('y')])).toEqual([null, '2']);
    expect((await sdkCall(phone, 'getSystemInfo')) as { error?: unknown }).not.toHaveProperty('error');
    await phone.context.close();
  });

  it('keeps Native Storage within its limit by dropping the oldest data, as Zalo documents', async () => {
    const phone = await zaloPhone(env, { nativeStorageLimitBytes: 4096 });
    await phone.launch('/');
    const info = await phone.page.evaluate(async () => {
      const { nativeStorage } = await window.__zaloSdk();
      nativeStorage.clear();
      nativeStorage.setItem('first', 'a'.repeat(1500));
      nativeStorage.setItem('second', 'b'.repeat(1500));
      nativeStorage.setItem('third', 'c'.repeat(1500));
      return { first: nativeStorage.getItem('first'), third: nativeStorage.getItem('third')?.length, info: nativeStorage.getStorageInfo() };
    });
    expect(info.first).toBeNull();
    expect(info.third).toBe(1500);
    expect(info.info.limitSize).toBe(4);
    expect(info.info.currentSize).toBeLessThanOrEqual(4);
    expect((await phone.calls('nativeStorage.evicted')).map((c) => c.args[0])).toEqual(['first']);
    await phone.context.close();
  });

  it('answers identity and consent as Zalo does: a token, a consent sheet that can refuse or time out', async () => {
    const phone = await zaloPhone(env, { answers: { user: { id: '8401', name: 'Vàng A Sình', avatar: 'https://s120.zdn.vn/a.jpg' }, timeoutMs: 300 } });
    await phone.launch('/');
    expect(await sdkCall(phone, 'getAccessToken')).toEqual({ ok: 'mock:8401' });
    expect(await sdkCall(phone, 'getUserInfo', {})).toEqual({ ok: { userInfo: { id: '8401', name: '', avatar: '' } } });
    expect(await sdkCall(phone, 'authorize', { scopes: ['scope.userInfo'] })).toEqual({ ok: { 'scope.userInfo': true } });
    expect(await sdkCall(phone, 'getUserInfo', {})).toEqual({ ok: { userInfo: { id: '8401', name: 'Vàng A Sình', avatar: 'https://s120.zdn.vn/a.jpg' } } });
    await phone.answer({ authorize: 'refuse' });
    expect(await sdkCall(phone, 'authorize', { scopes: ['scope.userInfo'] })).toEqual({ error: { code: -201, message: 'User denied', api: 'authorize' } });
    await phone.answer({ authorize: 'timeout' });
    const started = Date.now();
    expect(await sdkCall(phone, 'authorize', { scopes: ['scope.userInfo'] })).toMatchObject({ error: { code: -1408, api: 'authorize' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect((await phone.calls('authorize')).map((c) => c.args)).toEqual(Array(3).fill([{ scopes: ['scope.userInfo'] }]));
    await phone.context.close();
  });

  it('gives a location token only, and refuses or times out when told to', async () => {
    const phone = await zaloPhone(env, { answers: { location: { lat: 22.4856, long: 103.9707 }, timeoutMs: 200 } });
    await phone.launch('/');
    const answer = (await sdkCall(phone, 'getLocation')) as { ok: Record<string, unknown> };
    expect(answer.ok).toEqual({ token: 'mock-location:22.4856,103.9707' });
    expect(Object.keys(answer.ok)).not.toContain('latitude');
    await phone.answer({ location: 'refuse' });
    expect(await sdkCall(phone, 'getLocation')).toMatchObject({ error: { code: -201, api: 'getLocation' } });
    await phone.answer({ location: 'timeout' });
    expect(await sdkCall(phone, 'getLocation')).toMatchObject({ error: { code: -1408 } });
    await phone.context.close();
  });

  it('scans, picks pictures and shares as told, cancelled included, and records each call', async () => {
    const phone = await zaloPhone(env);
    await phone.launch('/');
    await phone.answer({ scanQRCode: '000.00.20.H38-261124-0001', chooseImage: [phone.host.picture('a.png'), phone.host.picture('b.png')] });
    expect(await sdkCall(phone, 'scanQRCode')).toEqual({ ok: { content: '000.00.20.H38-261124-0001' } });
    const picked = (await sdkCall(phone, 'chooseImage', { count: 1, sourceType: ['album', 'camera'] })) as { ok: { filePaths: string[]; tempFiles: { size: number }[] } };
    expect(picked.ok.filePaths).toEqual([phone.host.picture('a.png').path]);
    expect(picked.ok.tempFiles[0].size).toBeGreaterThan(100);
    // The picture is really there for the app to read.
    expect(await phone.page.evaluate(async (p) => (await fetch(p)).headers.get('content-type'), picked.ok.filePaths[0])).toBe('image/png');
    await phone.answer({ scanQRCode: 'cancel', chooseImage: 'cancel', openShareSheet: 'cancel' });
    expect(await sdkCall(phone, 'scanQRCode')).toMatchObject({ error: { code: -2003 } });
    expect(await sdkCall(phone, 'chooseImage', { count: 4 })).toMatchObject({ error: { code: -2003 } });
    const card = { type: 'zmp_deep_link', data: { title: 'Fansipan', thumbnail: 'https://x/y.png', path: '/tourism/places/fansipan' } };
    expect(await sdkCall(phone, 'openShareSheet', card)).toEqual({ ok: { status: 0, shareType: 0, numberOfUser: 0 } });
    await phone.answer({ openShareSheet: 'share' });
    expect(await sdkCall(phone, 'openShareSheet', card)).toEqual({ ok: { status: 2, shareType: 0, numberOfUser: 1 } });
    expect((await phone.calls('openShareSheet')).map((c) => c.args[0])).toEqual([card, card]);
    expect((await phone.calls('chooseImage')).map((c) => c.args[0])).toEqual([{ count: 1, sourceType: ['album', 'camera'] }, { count: 4 }]);
    await phone.context.close();
  });

  it('records what the app asks of Zalo: open outside, notifications, status bar, following the OA', async () => {
    const phone = await zaloPhone(env);
    await phone.launch('/');
    expect(await sdkCall(phone, 'openOutApp', { url: 'https://x/lich.ics' })).toEqual({});
    expect(await sdkCall(phone, 'requestSendNotification')).toEqual({});
    expect(await sdkCall(phone, 'configAppView', { headerTextColor: 'white' })).toEqual({});
    expect(await phone.statusBarText()).toBe('white');
    expect(await sdkCall(phone, 'followOA', { id: '2368', showDialogConfirm: true })).toEqual({});
    await phone.answer({ followOA: 'refuse', requestSendNotification: 'refuse' });
    expect(await sdkCall(phone, 'followOA', { id: '2368' })).toMatchObject({ error: { code: -201 } });
    expect(await sdkCall(phone, 'requestSendNotification')).toMatchObject({ error: { code: -201 } });
    expect((await phone.calls('openOutApp'))[0].args).toEqual([{ url: 'https://x/lich.ics' }]);
    expect(await phone.calls('followOA')).toHaveLength(2);
    expect((await phone.calls('configAppView')).some((c) => (c.args[0] as { headerTextColor?: string }).headerTextColor === 'white')).toBe(true);
    await phone.context.close();
  });

  it('delivers OpenApp, AppPaused and AppResumed to listeners of zmp-sdk’s events', async () => {
    const phone = await zaloPhone(env);
    await phone.launch('/');
    await phone.page.evaluate(async () => {
      const { events, EventName } = await window.__zaloSdk();
      (window as unknown as { heard: unknown[] }).heard = [];
      for (const name of [EventName.OpenApp, EventName.AppPaused, EventName.AppResumed]) {
        events.on(name, (data: unknown) => (window as unknown as { heard: unknown[] }).heard.push([name, data]));
      }
    });
    await phone.emit('AppPaused');
    await phone.emit('AppResumed');
    await phone.emit('OpenApp', { path: '/?qr=place/fansipan' });
    expect(await phone.page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([
      ['h5.event.paused', null],
      ['h5.event.resumed', null],
      ['h5.event.open.mp', { path: '/?qr=place/fansipan' }],
    ]);
    await phone.context.close();
  });
});
