import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Imports flow shared → features → app; a feature never reaches into another feature. */
const SRC = path.resolve('src');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

/** Where an import lands, as a path under src/ (or null for packages and the contract). */
function target(file: string, spec: string): string | null {
  if (spec.startsWith('@/')) return path.join(SRC, spec.slice(2));
  if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec);
  return null;
}

const area = (p: string) => {
  const rel = path.relative(SRC, p).split(path.sep);
  return rel[0] === 'features' ? `features/${rel[1]}` : rel[0];
};

describe('architecture', () => {
  const files = filesUnder(SRC);

  it('shared/ imports neither features nor app', () => {
    const bad = files
      .filter((f) => area(f) === 'shared')
      .flatMap((f) => importsOf(f).map((s) => [f, s, target(f, s)] as const))
      .filter(([, , t]) => t && (area(t).startsWith('features') || area(t) === 'app'));
    expect(bad.map(([f, s]) => `${path.relative(SRC, f)} → ${s}`)).toEqual([]);
  });

  it('a feature imports no other feature and not app', () => {
    const bad = files
      .filter((f) => area(f).startsWith('features/'))
      .flatMap((f) => importsOf(f).map((s) => [f, s, target(f, s)] as const))
      .filter(([f, , t]) => t && ((area(t).startsWith('features/') && area(t) !== area(f)) || area(t) === 'app'));
    expect(bad.map(([f, s]) => `${path.relative(SRC, f)} → ${s}`)).toEqual([]);
  });

  it('app/ uses features through their index.ts only', () => {
    const bad = files
      .filter((f) => area(f) === 'app')
      .flatMap((f) => importsOf(f).map((s) => [f, s, target(f, s)] as const))
      .filter(([, , t]) => t && area(t).startsWith('features/') && path.relative(path.join(SRC, area(t)), t) !== '' && path.relative(path.join(SRC, area(t)), t) !== 'index');
    expect(bad.map(([f, s]) => `${path.relative(SRC, f)} → ${s}`)).toEqual([]);
  });

  it('no page renders raw HTML', () => {
    const bad = files.filter((f) => /dangerouslySetInnerHTML/.test(fs.readFileSync(f, 'utf8')) && !f.endsWith('.test.tsx'));
    expect(bad.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
