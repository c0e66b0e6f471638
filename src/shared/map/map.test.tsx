import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { appPaths } from '@contract/map';
import { foldVietnamese } from '@contract/text';
import { paths } from '@/shared/routes';
import { CommunePicker, searchCommunes } from './CommunePicker';
import { itemsInView } from './MapWithList';
import { FIRST_TILE_TIMEOUT_MS, TileWatcher, type TileState } from './tiles';
import type { MapMarker } from './types';

describe('TileWatcher: whether the map has its background', () => {
  afterEach(() => vi.useRealTimers());
  const watch = () => {
    const seen: TileState[] = [];
    const w = new TileWatcher((s) => seen.push(s));
    return { w, seen };
  };

  it('is ok from the first tile that arrives, even if others fail', () => {
    const { w, seen } = watch();
    w.batchStarted();
    w.tileFailed();
    w.tileLoaded();
    w.batchDone();
    expect(seen).toEqual(['ok']);
    w.dispose();
  });

  it('has none when a whole batch failed (offline, a blocked domain), and ok again when tiles come back', () => {
    const { w, seen } = watch();
    w.batchStarted();
    w.tileFailed();
    w.tileFailed();
    w.batchDone();
    expect(w.state).toBe('none');
    w.batchStarted();
    w.tileLoaded();
    expect(seen).toEqual(['none', 'ok']);
    // Panned later into an area whose tiles all fail: plain again.
    w.batchStarted();
    w.tileFailed();
    w.batchDone();
    expect(seen).toEqual(['none', 'ok', 'none']);
    w.dispose();
  });

  it('gives up waiting when no tile arrives at all (a server that never answers)', () => {
    vi.useFakeTimers();
    const { w, seen } = watch();
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS - 1);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['none']);
    w.dispose();
  });
});

describe('the list beside a map', () => {
  const m = (key: string, itemId: string, lat: number, long: number): MapMarker => ({ key, itemId, lat, long, title: key, color: '#000' });
  const markers = [m('a', 'A', 22.33, 103.84), m('b:0', 'B', 22.49, 103.97), m('b:1', 'B', 22.34, 103.85), m('c', 'C', 21.72, 104.91)];

  it('lists each item once, only those with a marker in view, in the markers’ order', () => {
    // Sa Pa: B has one of its two communes there.
    expect(itemsInView(markers, [103.7, 22.2, 103.95, 22.45]).map((x) => x.itemId)).toEqual(['A', 'B']);
    expect(itemsInView(markers, [104.8, 21.6, 105, 21.8]).map((x) => x.itemId)).toEqual(['C']);
    // Before the map has said what is in view: everything.
    expect(itemsInView(markers, null).map((x) => x.itemId)).toEqual(['A', 'B', 'C']);
  });
});

describe('finding a commune', () => {
  it('finds it by its name with or without marks, and by the old commune it took in', () => {
    expect(searchCommunes('').length).toBe(99);
    expect(searchCommunes('cốc san').map((c) => c.commune.name)).toEqual(['Xã Cốc San']);
    expect(searchCommunes('xa coc san').map((c) => c.commune.name)).toEqual(['Xã Cốc San']);
    const old = searchCommunes('Đồng Tuyển');
    expect(old.map((c) => [c.commune.name, c.via])).toEqual([['Xã Cốc San', 'Xã Đồng Tuyển']]);
    // New names first, then communes that took in a place of that name.
    const sapa = searchCommunes('sa pa').map((c) => c.commune.name);
    expect(sapa[0]).toBe('Phường Sa Pa');
    expect(searchCommunes('khong co xa nay')).toEqual([]);
  });

  it('picks with the keyboard: type, arrows, Enter; Escape leaves it as it was', () => {
    function Harness() {
      const [value, setValue] = useState('');
      return (
        <>
          <label htmlFor="cm">Xã, phường</label>
          <CommunePicker id="cm" value={value} onChange={setValue} />
          <output data-testid="value">{value}</output>
        </>
      );
    }
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Xã, phường' });
    fireEvent.focus(box);
    expect(screen.getAllByRole('option')).toHaveLength(99);
    fireEvent.change(box, { target: { value: 'van' } });
    const options = screen.getAllByRole('option').map((o) => o.textContent ?? '');
    expect(options).toEqual(expect.arrayContaining(['Xã Tả Van', 'Phường Văn Phú', 'Xã Văn Bàn', 'Xã Văn Chấn']));
    for (const o of options) expect(foldVietnamese(o)).toMatch(/van/);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const second = screen.getAllByRole('option')[1];
    expect(box.getAttribute('aria-activedescendant')).toBe(second.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByTestId('value').textContent).toMatch(/^(xa|phuong)-/);
    expect(screen.queryByRole('listbox')).toBeNull();
    const chosen = screen.getByTestId('value').textContent;
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'y ty' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByTestId('value').textContent).toBe(chosen);
    // And it can be cleared.
    fireEvent.click(screen.getByRole('button', { name: /^Bỏ chọn/ }));
    expect(screen.getByTestId('value').textContent).toBe('');
  });
});

describe('the pages a map feature opens', () => {
  it('are the app’s own paths', () => {
    expect(appPaths.feedback('PA-261127-0001')).toBe(paths.feedbackItem('PA-261127-0001'));
    expect(appPaths.place('cho-bac-ha')).toBe(paths.place('cho-bac-ha'));
    expect(appPaths.outage('PCLC-SP-0004')).toBe(paths.outage('PCLC-SP-0004'));
    expect(appPaths.weatherArea('y-ty')).toBe(paths.weatherArea('y-ty'));
  });
});
