import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { RecoilRoot, useRecoilValue } from 'recoil';
import { AppRouter } from './router';
import { sessionLoadedQuery, sessionLoaded } from '@/shared/session';
import { themeChoiceState } from '@/shared/settings';

/*
 * What a developer saw in the console on every page: React Router's "future flag" warnings, and
 * React's warning that Recoil's Batcher was updated before it had mounted (a selector or a kept
 * atom settling a promise during the first render). Both come from the start-up path below.
 */
function spyConsole() {
  const said: string[] = [];
  for (const level of ['warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void said.push(args.map(String).join(' ')));
  }
  return said;
}

function Start() {
  useRecoilValue(sessionLoadedQuery);
  return <p>{useRecoilValue(themeChoiceState)}</p>;
}

describe('the console at start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has no React Router future-flag warning', () => {
    const said = spyConsole();
    render(
      <AppRouter>
        <p>Trang chủ</p>
      </AppRouter>,
    );
    expect(screen.getByText('Trang chủ')).toBeTruthy();
    expect(said.filter((s) => /Future Flag/.test(s))).toEqual([]);
  });

  it('reads the kept session and settings without an update before Recoil has mounted', async () => {
    localStorage.setItem('lcs.theme', JSON.stringify('dark'));
    await sessionLoaded();
    const said = spyConsole();
    render(
      <RecoilRoot>
        <Suspense fallback={<p>…</p>}>
          <Start />
        </Suspense>
      </RecoilRoot>,
    );
    // Read at once, without suspending: the kept value is on the very first render.
    expect(screen.getByText('dark')).toBeTruthy();
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(said.filter((s) => /hasn't mounted yet|Batcher/.test(s))).toEqual([]);
  });
});
