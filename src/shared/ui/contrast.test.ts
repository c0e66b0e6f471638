import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The colour tokens of both themes, read from the style sheets themselves, against WCAG AA
 * (4.5:1 for text). A page checked by axe shows only the states it happened to be in (one hour's
 * styling, one theme); this checks every pair the tokens can make.
 */

const SHEETS = ['src/shared/ui/ui.css', 'src/features/weather/components/weather.css'];

function tokens(theme: 'light' | 'dark'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sheet of SHEETS) {
    const css = fs.readFileSync(path.resolve(sheet), 'utf8');
    const blocks = [...css.matchAll(/(:root|body\[zaui-theme='dark'\])\s*\{([^}]*)\}/g)];
    for (const [, selector, body] of blocks) {
      if (selector === ':root' || theme === 'dark') {
        for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out[name] = value.trim();
      }
    }
  }
  return out;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Text token → the backgrounds it is written on. */
const TEXT_ON: [string, string[]][] = [
  ['--lc-text', ['--lc-card', '--lc-bg']],
  ['--lc-muted', ['--lc-card', '--lc-bg']],
  ['--lc-primary', ['--lc-card']],
  ['--lc-primary-strong', ['--lc-primary-soft']],
  ['--lc-danger', ['--lc-card', '--lc-danger-soft']],
  ['--lc-on-danger', ['--lc-danger']],
  ['--lc-accent', ['--lc-card']],
  ['--wx-rain', ['--lc-card']],
  ['--wx-day-text', ['--wx-day-sky-from', '--wx-day-sky-to']],
  ['--wx-night-text', ['--wx-night-sky-from', '--wx-night-sky-to']],
];

describe('colour tokens meet WCAG AA', () => {
  it.each(['light', 'dark'] as const)('for every text on its backgrounds (%s theme)', (theme) => {
    const t = tokens(theme);
    const failing: string[] = [];
    for (const [text, backgrounds] of TEXT_ON) {
      for (const bg of backgrounds) {
        expect(t[text], text).toBeDefined();
        expect(t[bg], bg).toBeDefined();
        const ratio = contrast(t[text], t[bg]);
        if (ratio < 4.5) failing.push(`${text} ${t[text]} on ${bg} ${t[bg]}: ${ratio.toFixed(2)}:1`);
      }
    }
    expect(failing).toEqual([]);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The rain figure's old colour, just short of AA on white.
    expect(contrast('#2b78d0', '#ffffff')).toBeLessThan(4.5);
  });
});
