/**
 * Draws the pictures of tourist places: SVG illustrations made by the project (layered ridges in
 * atmospheric perspective, terraces, roofs, markets, people), one per place, the same every run.
 *
 *   npx tsx mock-server/src/db/seed/tourism-art.ts   # writes mock-server/media/tourism/<id>.svg
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const W = 800;
const H = 500;

// ---------- small tools ----------

type Rng = () => number;

/** A seeded random generator (xmur3 hash → mulberry32), so a place always gets the same picture. */
function rngOf(seed: string): Rng {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const n = (v: number) => String(Math.round(v));
const between = (r: Rng, a: number, b: number) => a + (b - a) * r();

function hex(c: string): [number, number, number] {
  const v = c.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16)) as [number, number, number];
}
/** Colour between a and b (t = 0 → a). */
function mix(a: string, b: string, t: number): string {
  const [x, y] = [hex(a), hex(b)];
  return '#' + x.map((v, i) => Math.round(v + (y[i] - v) * t).toString(16).padStart(2, '0')).join('');
}

type Pt = [number, number];

/** A smooth path through points (Catmull-Rom as cubic Béziers). */
function smooth(points: Pt[], tension = 1): string {
  let d = `M${n(points[0][0])},${n(points[0][1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    const c1: Pt = [p1[0] + ((p2[0] - p0[0]) / 6) * tension, p1[1] + ((p2[1] - p0[1]) / 6) * tension];
    const c2: Pt = [p2[0] - ((p3[0] - p1[0]) / 6) * tension, p2[1] - ((p3[1] - p1[1]) / 6) * tension];
    d += ` C${n(c1[0])},${n(c1[1])} ${n(c2[0])},${n(c2[1])} ${n(p2[0])},${n(p2[1])}`;
  }
  return d;
}

/** A mountain skyline by midpoint displacement between two heights. */
function skyline(r: Rng, y0: number, y1: number, rough: number, levels = 6): Pt[] {
  let pts: Pt[] = [
    [-20, y0],
    [W + 20, y1],
  ];
  let amp = rough;
  for (let l = 0; l < levels; l++) {
    const next: Pt[] = [];
    for (let i = 0; i < pts.length - 1; i++) {
      const [a, b] = [pts[i], pts[i + 1]];
      next.push(a, [(a[0] + b[0]) / 2 + between(r, -6, 6), (a[1] + b[1]) / 2 + between(r, -amp, amp)]);
    }
    next.push(pts[pts.length - 1]);
    pts = next;
    amp *= 0.55;
  }
  return pts;
}

class Svg {
  private defs: string[] = [];
  private body: string[] = [];
  private ids = 0;
  constructor(readonly title: string) {}

  add(...parts: string[]) {
    this.body.push(...parts);
    return this;
  }
  /** A vertical (default) or horizontal linear gradient; returns `url(#id)`. */
  linear(stops: [number, string, number?][], horizontal = false): string {
    const id = `g${this.ids++}`;
    const s = stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`).join('');
    this.defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="${horizontal ? 1 : 0}" y2="${horizontal ? 0 : 1}">${s}</linearGradient>`);
    return `url(#${id})`;
  }
  radial(stops: [number, string, number?][], cx = 0.5, cy = 0.5, rr = 0.5): string {
    const id = `g${this.ids++}`;
    const s = stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`).join('');
    this.defs.push(`<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${rr}">${s}</radialGradient>`);
    return `url(#${id})`;
  }
  clip(d: string): string {
    const id = `c${this.ids++}`;
    this.defs.push(`<clipPath id="${id}"><path d="${d}"/></clipPath>`);
    return `url(#${id})`;
  }
  blur(sd: number): string {
    const id = `f${this.ids++}`;
    this.defs.push(`<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${sd}"/></filter>`);
    return `url(#${id})`;
  }
  toString(): string {
    const title = this.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${title}">` +
      `<title>${title}</title><defs>${this.defs.join('')}</defs>${this.body.join('')}</svg>\n`
    );
  }
}

// ---------- palettes ----------

interface Sky {
  stops: [number, string][];
  /** The colour distant ridges fade into. */
  haze: string;
  sun?: { x: number; y: number; r: number; color: string; glow: string };
}

const SKIES: Record<string, Sky> = {
  dawn: {
    stops: [[0, '#34507a'], [0.45, '#c98a8f'], [0.75, '#f2b48a'], [1, '#fbe2c2']],
    haze: '#e9c3ac',
    sun: { x: 660, y: 150, r: 26, color: '#fff1d6', glow: '#ffd8a0' },
  },
  morning: {
    stops: [[0, '#6fa6d6'], [0.6, '#b9d7ec'], [1, '#eef4f4']],
    haze: '#d9e7ee',
    sun: { x: 150, y: 110, r: 22, color: '#fffbea', glow: '#fff3c4' },
  },
  day: {
    stops: [[0, '#5f9fd3'], [0.7, '#a9d0ea'], [1, '#e3f0f2']],
    haze: '#cfe2ea',
  },
  sunset: {
    stops: [[0, '#2b3560'], [0.35, '#8a4f7d'], [0.65, '#e4795a'], [0.85, '#f6b36b'], [1, '#fbd89a']],
    haze: '#e59a78',
    sun: { x: 420, y: 250, r: 30, color: '#fff0c8', glow: '#ffb870' },
  },
  mist: {
    stops: [[0, '#a9bccb'], [0.6, '#d5e0e6'], [1, '#eef2f3']],
    haze: '#dfe7eb',
  },
  spring: {
    stops: [[0, '#8db8dd'], [0.6, '#d6e6ef'], [1, '#f6f1ec']],
    haze: '#e4e8ea',
    sun: { x: 640, y: 95, r: 20, color: '#fffdf2', glow: '#fff3d6' },
  },
  night: {
    stops: [[0, '#0c1530'], [0.6, '#1d2c52'], [1, '#34456f']],
    haze: '#2e3e66',
  },
  golden: {
    stops: [[0, '#7fb0d8'], [0.55, '#cfe0e6'], [1, '#f7e7c4']],
    haze: '#e6dfc9',
    sun: { x: 660, y: 120, r: 24, color: '#fffaf0', glow: '#fde7b0' },
  },
};

function paintSky(s: Svg, sky: Sky, r: Rng, stars = false) {
  s.add(`<rect width="${W}" height="${H}" fill="${s.linear(sky.stops)}"/>`);
  if (sky.sun) {
    const { x, y, r: rad, color, glow } = sky.sun;
    s.add(`<circle cx="${x}" cy="${y}" r="${rad * 5}" fill="${s.radial([[0, glow, 0.7], [1, glow, 0]])}"/>`);
    s.add(`<circle cx="${x}" cy="${y}" r="${rad}" fill="${color}"/>`);
  }
  if (stars) {
    for (let i = 0; i < 70; i++) {
      s.add(`<circle cx="${n(between(r, 0, W))}" cy="${n(between(r, 0, 260))}" r="${n(between(r, 0.5, 1.6))}" fill="#fff" opacity="${n(between(r, 0.3, 0.9))}"/>`);
    }
  }
}

/** Ridges from far (hazy) to near (dark), each lower on the picture. */
function ridges(s: Svg, r: Rng, sky: Sky, opts: { from: number; to: number; count: number; near: string; rough?: number; tilt?: number }) {
  const { from, to, count, near } = opts;
  for (let i = 0; i < count; i++) {
    const t = count === 1 ? 1 : i / (count - 1);
    const y = from + (to - from) * t;
    const tilt = (opts.tilt ?? 0) * (r() - 0.5);
    const pts = skyline(r, y + tilt, y - tilt, (opts.rough ?? 60) * (1 - t * 0.4));
    const color = mix(sky.haze, near, 0.25 + 0.75 * t);
    s.add(`<path d="${smooth(pts, 0.6)} L${W + 20},${H} L-20,${H} Z" fill="${color}"/>`);
  }
}

/** A soft band of mist across the picture. */
function mist(s: Svg, y: number, h: number, color = '#ffffff', opacity = 0.75) {
  const fill = s.linear([[0, color, 0], [0.5, color, opacity], [1, color, 0]]);
  s.add(`<rect x="0" y="${n(y - h / 2)}" width="${W}" height="${n(h)}" fill="${fill}"/>`);
}

/** A sea of clouds: overlapping rounded billows with a soft top. */
function cloudSea(s: Svg, r: Rng, y: number, color = '#ffffff', layers = 3) {
  for (let l = 0; l < layers; l++) {
    const base = y + l * 22;
    const pts: Pt[] = [[-30, base]];
    for (let x = -30; x <= W + 60; x += between(r, 50, 90)) pts.push([x, base - between(r, 6, 30)]);
    pts.push([W + 40, base]);
    const shade = mix(color, '#b8c6d6', 0.25 - l * 0.08);
    s.add(`<path d="${smooth(pts)} L${W + 40},${H} L-30,${H} Z" fill="${shade}" opacity="${n(0.82 + l * 0.06)}"/>`);
  }
}

function cloud(s: Svg, x: number, y: number, w: number, opacity = 0.9) {
  const h = w * 0.32;
  s.add(
    `<g opacity="${opacity}" fill="#ffffff">` +
      `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w * 0.5)}" ry="${n(h * 0.45)}"/>` +
      `<ellipse cx="${n(x - w * 0.18)}" cy="${n(y - h * 0.3)}" rx="${n(w * 0.22)}" ry="${n(h * 0.5)}"/>` +
      `<ellipse cx="${n(x + w * 0.12)}" cy="${n(y - h * 0.45)}" rx="${n(w * 0.26)}" ry="${n(h * 0.62)}"/>` +
      `</g>`,
  );
}

// ---------- landscape pieces ----------

/** A hill as a smooth dome from x0 to x1 with its top at (cx, top), base at `base`. */
function hillPath(x0: number, x1: number, base: number, cx: number, top: number): string {
  const w = x1 - x0;
  return `M${n(x0)},${n(base)} C${n(x0 + w * 0.18)},${n(base - (base - top) * 0.35)} ${n(cx - w * 0.22)},${n(top)} ${n(cx)},${n(top)} C${n(cx + w * 0.22)},${n(top)} ${n(x1 - w * 0.18)},${n(base - (base - top) * 0.35)} ${n(x1)},${n(base)} Z`;
}

interface TerracePalette {
  a: string;
  b: string;
  line: string;
}
const TERRACE: Record<string, TerracePalette> = {
  gold: { a: '#e2b33c', b: '#cf9a2a', line: '#8c6a1e' },
  ripe: { a: '#d8b44a', b: '#b9a23c', line: '#6f6a2a' },
  green: { a: '#8cc06a', b: '#6fa955', line: '#3f6d35' },
  water: { a: '#b9d3de', b: '#9fbfcc', line: '#5b7d74' },
};

/**
 * Concentric terraces on a round hill (the "mâm xôi" look): rings of a paraboloid seen slightly
 * from above, drawn bottom-up so each ring leaves the front crescent of the one below visible.
 */
function domeTerraces(s: Svg, cx: number, base: number, radius: number, top: number, p: TerracePalette, rings = 12) {
  for (let i = 0; i <= rings; i++) {
    const t = i / rings;
    const rx = Math.max(radius * Math.sqrt(1 - t * 0.97), 6);
    const y = base - (base - top) * t;
    const ry = rx * 0.28;
    s.add(
      `<ellipse cx="${n(cx)}" cy="${n(y)}" rx="${n(rx)}" ry="${n(ry)}" fill="${i % 2 ? p.a : p.b}" stroke="${p.line}" stroke-width="1.4" stroke-opacity="0.5"/>`,
    );
  }
}

/** Terraces on a slope: wavy contour bands clipped to a hill shape. */
function slopeTerraces(s: Svg, r: Rng, shape: string, top: number, bottom: number, p: TerracePalette, bands = 16) {
  const clip = s.clip(shape);
  let g = `<g clip-path="${clip}">`;
  const step = (bottom - top) / bands;
  for (let i = 0; i <= bands; i++) {
    const y = top + i * step;
    const pts: Pt[] = [];
    const phase = between(r, 0, Math.PI * 2);
    const amp = between(r, 6, 14);
    for (let x = -20; x <= W + 20; x += 40) pts.push([x, y + Math.sin(x / 90 + phase) * amp + Math.sin(x / 37 + phase) * 3]);
    g += `<path d="${smooth(pts)} L${W + 20},${H} L-20,${H} Z" fill="${i % 2 ? p.a : p.b}"/>`;
    g += `<path d="${smooth(pts)}" fill="none" stroke="${p.line}" stroke-width="1.3" stroke-opacity="0.5"/>`;
  }
  s.add(g + '</g>');
}

function pine(x: number, y: number, h: number, color: string): string {
  const w = h * 0.36;
  return (
    `<path d="M${n(x)},${n(y - h)} L${n(x + w * 0.55)},${n(y - h * 0.5)} L${n(x + w * 0.3)},${n(y - h * 0.5)} L${n(x + w)},${n(y - h * 0.08)} L${n(x - w)},${n(y - h * 0.08)} L${n(x - w * 0.3)},${n(y - h * 0.5)} L${n(x - w * 0.55)},${n(y - h * 0.5)} Z" fill="${color}"/>` +
    `<rect x="${n(x - h * 0.03)}" y="${n(y - h * 0.1)}" width="${n(h * 0.06)}" height="${n(h * 0.1)}" fill="#4a3a2c"/>`
  );
}

function roundTree(x: number, y: number, h: number, color: string): string {
  return (
    `<rect x="${n(x - h * 0.04)}" y="${n(y - h * 0.45)}" width="${n(h * 0.08)}" height="${n(h * 0.45)}" fill="#5a4332"/>` +
    `<ellipse cx="${n(x)}" cy="${n(y - h * 0.62)}" rx="${n(h * 0.34)}" ry="${n(h * 0.38)}" fill="${color}"/>` +
    `<ellipse cx="${n(x - h * 0.1)}" cy="${n(y - h * 0.7)}" rx="${n(h * 0.16)}" ry="${n(h * 0.18)}" fill="#ffffff" opacity="0.12"/>`
  );
}

/** A plum tree in blossom: dark branches, a cloud of white flowers. */
function blossomTree(r: Rng, x: number, y: number, h: number, flower = '#ffffff'): string {
  let g = `<path d="M${n(x)},${n(y)} L${n(x)},${n(y - h * 0.45)} M${n(x)},${n(y - h * 0.35)} L${n(x - h * 0.25)},${n(y - h * 0.7)} M${n(x)},${n(y - h * 0.42)} L${n(x + h * 0.22)},${n(y - h * 0.78)} M${n(x)},${n(y - h * 0.45)} L${n(x + h * 0.02)},${n(y - h * 0.85)}" stroke="#4b3a35" stroke-width="${n(h * 0.045)}" stroke-linecap="round" fill="none"/>`;
  for (let i = 0; i < 34; i++) {
    const a = between(r, 0, Math.PI * 2);
    const d = Math.sqrt(r()) * h * 0.36;
    g += `<circle cx="${n(x + Math.cos(a) * d * 1.15)}" cy="${n(y - h * 0.68 + Math.sin(a) * d * 0.8)}" r="${n(between(r, h * 0.03, h * 0.065))}" fill="${flower}" opacity="${n(between(r, 0.75, 1))}"/>`;
  }
  return g;
}

/** A Mông house: plank walls, dark shingled roof. */
function hmongHouse(x: number, y: number, s: number, wall = '#8a6444', roof = '#4b4a4f'): string {
  const w = 60 * s;
  const h = 26 * s;
  return (
    `<g>` +
    `<rect x="${n(x - w / 2)}" y="${n(y - h)}" width="${n(w)}" height="${n(h)}" fill="${wall}"/>` +
    `<path d="M${n(x - w / 2 - 6 * s)},${n(y - h + 2 * s)} L${n(x - w / 2 + 8 * s)},${n(y - h - 16 * s)} L${n(x + w / 2 - 8 * s)},${n(y - h - 16 * s)} L${n(x + w / 2 + 6 * s)},${n(y - h + 2 * s)} Z" fill="${roof}"/>` +
    `<path d="M${n(x - w / 2 - 4 * s)},${n(y - h - 4 * s)} L${n(x + w / 2 + 4 * s)},${n(y - h - 4 * s)}" stroke="#ffffff" stroke-opacity="0.12" stroke-width="${n(2 * s)}"/>` +
    `<rect x="${n(x - 5 * s)}" y="${n(y - 16 * s)}" width="${n(10 * s)}" height="${n(16 * s)}" fill="#3b2a1e"/>` +
    `<rect x="${n(x + w / 4 - 4 * s)}" y="${n(y - 18 * s)}" width="${n(8 * s)}" height="${n(6 * s)}" fill="#f3c97a" opacity="0.8"/>` +
    `</g>`
  );
}

/** A Hà Nhì rammed-earth house with its thick "mushroom" thatch. */
function earthHouse(x: number, y: number, s: number): string {
  const w = 46 * s;
  const h = 24 * s;
  return (
    `<rect x="${n(x - w / 2)}" y="${n(y - h)}" width="${n(w)}" height="${n(h)}" fill="#b5643f"/>` +
    `<rect x="${n(x - 4 * s)}" y="${n(y - 14 * s)}" width="${n(8 * s)}" height="${n(14 * s)}" fill="#4a2c1e"/>` +
    `<path d="M${n(x - w / 2 - 10 * s)},${n(y - h + 4 * s)} Q${n(x)},${n(y - h - 34 * s)} ${n(x + w / 2 + 10 * s)},${n(y - h + 4 * s)} Z" fill="#7d6a45"/>` +
    `<path d="M${n(x - w / 2 - 10 * s)},${n(y - h + 4 * s)} Q${n(x)},${n(y - h - 6 * s)} ${n(x + w / 2 + 10 * s)},${n(y - h + 4 * s)}" fill="none" stroke="#5c4c30" stroke-width="${n(2 * s)}"/>`
  );
}

/** A stilt house of the Tày or the Thái: big hipped roof over a raised floor. */
function stiltHouse(x: number, y: number, s: number, roof = '#6b5a48'): string {
  const w = 70 * s;
  const floor = y - 16 * s;
  let posts = '';
  for (let i = 0; i < 5; i++) posts += `<rect x="${n(x - w / 2 + 4 * s + i * ((w - 10 * s) / 4))}" y="${n(floor)}" width="${n(2.4 * s)}" height="${n(16 * s)}" fill="#5a4332"/>`;
  return (
    posts +
    `<rect x="${n(x - w / 2)}" y="${n(floor - 16 * s)}" width="${n(w)}" height="${n(16 * s)}" fill="#a47a52"/>` +
    `<rect x="${n(x - w / 2)}" y="${n(floor - 2 * s)}" width="${n(w)}" height="${n(3 * s)}" fill="#6e5038"/>` +
    `<path d="M${n(x - w / 2 - 12 * s)},${n(floor - 12 * s)} L${n(x - w / 4)},${n(floor - 40 * s)} L${n(x + w / 4)},${n(floor - 40 * s)} L${n(x + w / 2 + 12 * s)},${n(floor - 12 * s)} Z" fill="${roof}"/>` +
    `<path d="M${n(x - w / 4)},${n(floor - 40 * s)} l${n(-3 * s)},${n(-5 * s)} M${n(x + w / 4)},${n(floor - 40 * s)} l${n(3 * s)},${n(-5 * s)}" stroke="${roof}" stroke-width="${n(2 * s)}"/>` +
    `<rect x="${n(x - 6 * s)}" y="${n(floor - 12 * s)}" width="${n(12 * s)}" height="${n(8 * s)}" fill="#3b2a1e"/>`
  );
}

interface Dress {
  top: string;
  skirt: string;
  scarf: string;
  stripe?: string;
}
const DRESS: Record<string, Dress> = {
  flowerHmong: { top: '#2f6fb0', skirt: '#e0457b', scarf: '#f0a12b', stripe: '#2fa36b' },
  flowerHmong2: { top: '#2a9d6f', skirt: '#d9368a', scarf: '#e94f37', stripe: '#f2c230' },
  blackHmong: { top: '#2c3048', skirt: '#3b3f5c', scarf: '#2c3048', stripe: '#6b74a8' },
  redDao: { top: '#2d2f45', skirt: '#2d2f45', scarf: '#c8202e', stripe: '#e8b33a' },
  tay: { top: '#27324f', skirt: '#27324f', scarf: '#27324f' },
  thai: { top: '#f3efe6', skirt: '#20232e', scarf: '#c43a3a', stripe: '#d4a33b' },
  man: { top: '#3c4660', skirt: '#2b2f3d', scarf: '#2b2f3d' },
};

/** A person seen from afar, feet at (x, y), about 34·s px tall. */
function person(x: number, y: number, s: number, d: Dress, basket = false): string {
  const t = (dx: number, dy: number) => `${n(x + dx * s)},${n(y + dy * s)}`;
  let g = '';
  if (basket) g += `<path d="M${t(2, -27)} L${t(9, -27)} L${t(8, -15)} L${t(3, -15)} Z" fill="#b88a4a"/>`;
  g += `<rect x="${n(x - 2.6 * s)}" y="${n(y - 8 * s)}" width="${n(1.8 * s)}" height="${n(8 * s)}" fill="#2a2a2a"/>`;
  g += `<rect x="${n(x + 0.8 * s)}" y="${n(y - 8 * s)}" width="${n(1.8 * s)}" height="${n(8 * s)}" fill="#2a2a2a"/>`;
  g += `<path d="M${t(-4, -15)} L${t(4, -15)} L${t(7, -6)} L${t(-7, -6)} Z" fill="${d.skirt}"/>`;
  if (d.stripe) g += `<path d="M${t(-6.2, -9)} L${t(6.2, -9)}" stroke="${d.stripe}" stroke-width="${n(1.6 * s)}"/>`;
  g += `<path d="M${t(-4, -26)} L${t(4, -26)} L${t(4.6, -14)} L${t(-4.6, -14)} Z" fill="${d.top}"/>`;
  g += `<circle cx="${n(x)}" cy="${n(y - 29.5 * s)}" r="${n(3.3 * s)}" fill="#c58b5f"/>`;
  g += `<path d="M${t(-3.8, -30)} Q${t(0, -36.5)} ${t(3.8, -30)} Z" fill="${d.scarf}"/>`;
  return g;
}

function buffalo(x: number, y: number, s: number, flip = false): string {
  const k = flip ? -1 : 1;
  const t = (dx: number, dy: number) => `${n(x + dx * s * k)},${n(y + dy * s)}`;
  return (
    `<g fill="#3f4046">` +
    `<path d="M${t(-20, -8)} L${t(-19, 0)} L${t(-16, 0)} L${t(-15, -8)} Z M${t(10, -8)} L${t(11, 0)} L${t(14, 0)} L${t(14, -8)} Z"/>` +
    `<ellipse cx="${n(x)}" cy="${n(y - 13 * s)}" rx="${n(20 * s)}" ry="${n(9 * s)}"/>` +
    `<ellipse cx="${n(x + 21 * s * k)}" cy="${n(y - 14 * s)}" rx="${n(6 * s)}" ry="${n(5 * s)}"/>` +
    `</g>` +
    `<path d="M${t(18, -18)} Q${t(12, -28)} ${t(22, -27)} M${t(24, -18)} Q${t(32, -27)} ${t(26, -28)}" fill="none" stroke="#d8d2c4" stroke-width="${n(2 * s)}" stroke-linecap="round"/>`
  );
}

/** A market stall: a tarp on poles over a table of goods. */
function stall(r: Rng, x: number, y: number, s: number, tarp: string): string {
  const w = 56 * s;
  let goods = '';
  const colors = ['#e0457b', '#2f6fb0', '#f0a12b', '#2fa36b', '#c8202e', '#7a4fb0', '#e8d9b0'];
  for (let i = 0; i < 7; i++) {
    goods += `<rect x="${n(x - w / 2 + 3 * s + i * 7.4 * s)}" y="${n(y - 17 * s - between(r, 0, 5) * s)}" width="${n(6 * s)}" height="${n(6 * s)}" rx="${n(1.5 * s)}" fill="${colors[Math.floor(r() * colors.length)]}"/>`;
  }
  return (
    `<path d="M${n(x - w / 2)},${n(y)} L${n(x - w / 2)},${n(y - 34 * s)} M${n(x + w / 2)},${n(y)} L${n(x + w / 2)},${n(y - 34 * s)}" stroke="#5a4a3a" stroke-width="${n(1.6 * s)}"/>` +
    `<path d="M${n(x - w / 2 - 6 * s)},${n(y - 30 * s)} L${n(x - w / 2 + 4 * s)},${n(y - 40 * s)} L${n(x + w / 2 - 4 * s)},${n(y - 40 * s)} L${n(x + w / 2 + 6 * s)},${n(y - 30 * s)} Z" fill="${tarp}"/>` +
    `<rect x="${n(x - w / 2)}" y="${n(y - 12 * s)}" width="${n(w)}" height="${n(12 * s)}" fill="#7b5b40"/>` +
    goods
  );
}

function umbrella(x: number, y: number, s: number, color: string): string {
  const rr = 22 * s;
  return (
    `<path d="M${n(x)},${n(y)} L${n(x)},${n(y - 34 * s)}" stroke="#4a4a4a" stroke-width="${n(1.5 * s)}"/>` +
    `<path d="M${n(x - rr)},${n(y - 30 * s)} Q${n(x)},${n(y - 30 * s - rr * 1.1)} ${n(x + rr)},${n(y - 30 * s)} Q${n(x + rr / 2)},${n(y - 34 * s)} ${n(x)},${n(y - 30 * s)} Q${n(x - rr / 2)},${n(y - 34 * s)} ${n(x - rr)},${n(y - 30 * s)} Z" fill="${color}"/>`
  );
}

/** Curved roof with upturned eaves and a ridge with curled ends. */
function templeRoof(cx: number, yBottom: number, w: number, h: number, color: string, ridge: string): string {
  const x0 = cx - w / 2;
  const x1 = cx + w / 2;
  return (
    `<path d="M${n(x0 - 16)},${n(yBottom - 14)} Q${n(x0 - 4)},${n(yBottom)} ${n(x0 + 14)},${n(yBottom)} L${n(x1 - 14)},${n(yBottom)} Q${n(x1 + 4)},${n(yBottom)} ${n(x1 + 16)},${n(yBottom - 14)} L${n(x1 - 18)},${n(yBottom - h)} L${n(x0 + 18)},${n(yBottom - h)} Z" fill="${color}"/>` +
    `<path d="M${n(x0 + 12)},${n(yBottom - h)} L${n(x1 - 12)},${n(yBottom - h)}" stroke="${ridge}" stroke-width="4" stroke-linecap="round"/>` +
    `<path d="M${n(x0 + 12)},${n(yBottom - h)} q-8,-2 -6,-12 M${n(x1 - 12)},${n(yBottom - h)} q8,-2 6,-12" fill="none" stroke="${ridge}" stroke-width="3" stroke-linecap="round"/>` +
    `<circle cx="${n(cx)}" cy="${n(yBottom - h - 6)}" r="5" fill="${ridge}"/>`
  );
}

function temple(cx: number, base: number, s: number): string {
  const w = 200 * s;
  let g = `<rect x="${n(cx - w / 2 - 14 * s)}" y="${n(base - 10 * s)}" width="${n(w + 28 * s)}" height="${n(10 * s)}" fill="#b8aa94"/>`;
  g += `<rect x="${n(cx - w / 2)}" y="${n(base - 60 * s)}" width="${n(w)}" height="${n(50 * s)}" fill="#e3c27a"/>`;
  for (let i = 0; i < 6; i++) g += `<rect x="${n(cx - w / 2 + 8 * s + i * ((w - 22 * s) / 5))}" y="${n(base - 60 * s)}" width="${n(6 * s)}" height="${n(50 * s)}" fill="#a3342b"/>`;
  for (let i = 0; i < 3; i++) g += `<path d="M${n(cx - 50 * s + i * 50 * s - 11 * s)},${n(base - 10 * s)} L${n(cx - 50 * s + i * 50 * s - 11 * s)},${n(base - 34 * s)} Q${n(cx - 50 * s + i * 50 * s)},${n(base - 44 * s)} ${n(cx - 50 * s + i * 50 * s + 11 * s)},${n(base - 34 * s)} L${n(cx - 50 * s + i * 50 * s + 11 * s)},${n(base - 10 * s)} Z" fill="#6a2a22"/>`;
  g += templeRoof(cx, base - 56 * s, w + 10 * s, 34 * s, '#7b4b3a', '#c9a24a');
  g += `<rect x="${n(cx - w * 0.3)}" y="${n(base - 104 * s)}" width="${n(w * 0.6)}" height="${n(16 * s)}" fill="#e3c27a"/>`;
  g += templeRoof(cx, base - 90 * s, w * 0.62, 26 * s, '#7b4b3a', '#c9a24a');
  g += `<rect x="${n(cx - 24 * s)}" y="${n(base - 102 * s)}" width="${n(48 * s)}" height="${n(10 * s)}" fill="#a3342b"/><rect x="${n(cx - 20 * s)}" y="${n(base - 100 * s)}" width="${n(40 * s)}" height="${n(6 * s)}" fill="#d9b44a"/>`;
  return g;
}

function flag(x: number, y: number, s: number, wave = 0): string {
  const w = 36 * s;
  const h = 24 * s;
  const star = (cx: number, cy: number, rr: number) => {
    const pts: string[] = [];
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const d = i % 2 ? rr * 0.4 : rr;
      pts.push(`${n(cx + Math.cos(a) * d)},${n(cy + Math.sin(a) * d)}`);
    }
    return `<polygon points="${pts.join(' ')}" fill="#ffd400"/>`;
  };
  return (
    `<path d="M${n(x)},${n(y)} q${n(w / 2)},${n(-wave * s)} ${n(w)},0 l0,${n(h)} q${n(-w / 2)},${n(-wave * s)} ${n(-w)},0 Z" fill="#da251d"/>` +
    star(x + w / 2, y + h / 2 - wave * s * 0.3, h * 0.32)
  );
}

function river(s: Svg, d: string, width: number, color = '#7fa8b5') {
  s.add(`<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>`);
  s.add(`<path d="${d}" fill="none" stroke="#ffffff" stroke-opacity="0.25" stroke-width="${n(width * 0.25)}" stroke-dasharray="18 26" stroke-linecap="round"/>`);
}

function ground(s: Svg, top: number, color: string, r: Rng, rough = 10) {
  const pts = skyline(r, top, top, rough, 4);
  s.add(`<path d="${smooth(pts, 0.6)} L${W + 20},${H} L-20,${H} Z" fill="${color}"/>`);
}

// ---------- scenes ----------

type Scene = (s: Svg, r: Rng) => void;

const peak =
  (o: { sky: string; flowers?: boolean; hikers?: boolean; marker?: boolean }): Scene =>
  (s, r) => {
    const sky = SKIES[o.sky];
    paintSky(s, sky, r);
    ridges(s, r, sky, { from: 250, to: 300, count: 2, near: '#4b5f7a', rough: 40 });
    // The peak itself.
    const top: Pt = [360, 92];
    const left: Pt[] = [[-20, 330], [120, 270], [210, 210], [280, 150], [330, 118], top];
    const right: Pt[] = [[400, 120], [440, 150], [520, 190], [620, 240], [820, 300]];
    const d = smooth([...left, ...right], 0.5) + ` L${W + 20},${H} L-20,${H} Z`;
    s.add(`<path d="${d}" fill="${mix(sky.haze, '#33455e', 0.75)}"/>`);
    // Lit side.
    s.add(`<path d="M${top[0]},${top[1]} L400,120 L440,150 L520,190 L620,240 L560,280 L470,240 L420,190 Z" fill="#ffffff" opacity="0.12"/>`);
    if (o.marker) s.add(`<path d="M352,94 L360,70 L368,94 Z" fill="#e8eef2" stroke="#9aa7b3"/><rect x="356" y="94" width="8" height="4" fill="#9aa7b3"/>`);
    cloudSea(s, r, 300, '#ffffff', 3);
    cloud(s, 150, 150, 160, 0.6);
    cloud(s, 640, 120, 120, 0.5);
    // Foreground ridge.
    const fg = skyline(r, 420, 380, 26, 5);
    s.add(`<path d="${smooth(fg, 0.6)} L${W + 20},${H} L-20,${H} Z" fill="#2f3f35"/>`);
    if (o.flowers) {
      for (let i = 0; i < 60; i++) {
        const x = between(r, 0, 300);
        const y = between(r, 410, 500);
        s.add(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(between(r, 2, 5))}" fill="${r() < 0.7 ? '#d8384c' : '#e67aa0'}" opacity="0.9"/>`);
      }
      for (let i = 0; i < 5; i++) s.add(roundTree(between(r, 20, 280), between(r, 440, 500), between(r, 30, 50), '#3e5a3a'));
    }
    if (o.hikers) {
      const trail: Pt[] = [[520, 500], [560, 440], [610, 410], [680, 392], [760, 384]];
      s.add(`<path d="${smooth(trail)}" fill="none" stroke="#c8b98e" stroke-width="5" stroke-linecap="round" opacity="0.8"/>`);
      s.add(person(612, 410, 0.9, DRESS.man, true), person(640, 400, 0.85, DRESS.flowerHmong, false), person(690, 391, 0.8, DRESS.man, true));
    }
  };

const terraces =
  (o: { sky: string; palette: keyof typeof TERRACE; style: 'dome' | 'slope'; houses?: 'hmong' | 'earth' | 'none'; river?: boolean; clouds?: boolean; stones?: boolean; cloth?: boolean }): Scene =>
  (s, r) => {
    const sky = SKIES[o.sky];
    const p = TERRACE[o.palette];
    paintSky(s, sky, r);
    ridges(s, r, sky, { from: 170, to: 230, count: 3, near: '#46606a', rough: 55 });
    if (o.clouds) cloudSea(s, r, 240, '#ffffff', 2);
    if (o.style === 'dome') {
      slopeTerraces(s, r, hillPath(-120, 330, 540, 60, 270), 270, 540, p, 12);
      slopeTerraces(s, r, hillPath(480, 940, 540, 800, 260), 260, 540, p, 12);
      domeTerraces(s, 410, 500, 270, 230, p, 16);
      s.add(roundTree(410, 236, 26, '#4d6b3c'), hmongHouse(160, 420, 0.7), roundTree(120, 424, 40, '#4d6b3c'));
    } else {
      const left = hillPath(-120, 560, 540, 170, 215);
      const right = hillPath(300, 940, 560, 700, 250);
      s.add(`<path d="${right}" fill="${p.line}"/>`);
      slopeTerraces(s, r, right, 250, 560, p, 14);
      s.add(`<path d="${left}" fill="${p.line}"/>`);
      slopeTerraces(s, r, left, 215, 540, p, 17);
    }
    if (o.river) river(s, 'M-20,492 C160,470 300,498 460,478 S700,470 820,486', 16, '#6f9aa6');
    if (o.houses === 'hmong') {
      s.add(hmongHouse(120, 318, 0.8), hmongHouse(205, 300, 0.65), roundTree(160, 320, 44, '#4d6b3c'));
      s.add(hmongHouse(640, 356, 0.75), roundTree(690, 360, 40, '#4d6b3c'));
    }
    if (o.houses === 'earth') {
      s.add(earthHouse(130, 300, 0.9), earthHouse(205, 286, 0.7), earthHouse(660, 340, 0.85), roundTree(250, 292, 40, '#4d6b3c'));
    }
    if (o.cloth) {
      s.add(`<path d="M70,402 L230,392" stroke="#5a4a3a" stroke-width="1.5"/>`);
      for (let i = 0; i < 6; i++) s.add(`<rect x="${80 + i * 24}" y="${n(401 - i * 1.6)}" width="16" height="${n(between(r, 26, 40))}" fill="${i % 2 ? '#1f2a52' : '#2a3868'}"/>`);
    }
    if (o.stones) {
      const stones: [number, number, number][] = [[160, 470, 70], [420, 486, 90], [640, 468, 60]];
      for (const [x, y, w] of stones) {
        s.add(`<path d="M${x - w},${y} C${x - w},${y - w * 0.7} ${x - w * 0.2},${y - w * 0.9} ${x + w * 0.3},${y - w * 0.75} C${x + w},${y - w * 0.55} ${x + w},${y - w * 0.1} ${x + w * 0.9},${y} Z" fill="#8b8a83"/>`);
        s.add(`<path d="M${x - w},${y} C${x - w},${y - w * 0.7} ${x - w * 0.2},${y - w * 0.9} ${x + w * 0.3},${y - w * 0.75}" fill="none" stroke="#b9b7ad" stroke-width="4" opacity="0.6"/>`);
        // Carvings: spirals and grids.
        const cx = x - w * 0.1;
        const cy = y - w * 0.42;
        s.add(`<path d="M${cx},${cy} m-2,0 a2,2 0 1,1 4,0 a5,5 0 1,1 -9,0 a9,9 0 1,1 16,0 a13,13 0 1,1 -23,0" fill="none" stroke="#55544e" stroke-width="2"/>`);
        s.add(`<path d="M${cx + w * 0.35},${cy - 6} l14,0 l0,12 l-14,0 Z M${cx + w * 0.35 + 7},${cy - 6} l0,12 M${cx + w * 0.35},${cy} l14,0" fill="none" stroke="#55544e" stroke-width="1.6"/>`);
      }
    }
  };

const waterfall: Scene = (s, r) => {
  const sky = SKIES.mist;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 120, to: 160, count: 2, near: '#5d7468', rough: 40 });
  // The cliff.
  s.add(`<path d="M180,500 L200,250 C215,140 250,40 300,-10 L520,-10 C540,80 570,170 590,260 L640,500 Z" fill="#44554a"/>`);
  s.add(`<path d="M340,-10 L470,-10 C460,120 450,220 440,500 L360,500 C350,300 345,150 340,-10 Z" fill="#3a4840"/>`);
  // The falling water, in strands.
  const strands: [number, number][] = [[392, 6], [404, 9], [418, 7], [430, 5], [384, 4], [442, 4]];
  for (const [x, w] of strands) {
    s.add(`<path d="M${x},-10 C${x - 6},160 ${x + 8},240 ${x - 4},330 S${x + 10},440 ${x},500" fill="none" stroke="#f4f8fa" stroke-width="${w}" stroke-linecap="round" opacity="${n(between(r, 0.7, 0.95))}"/>`);
  }
  s.add(`<ellipse cx="410" cy="470" rx="150" ry="50" fill="#ffffff" opacity="0.55" filter="${s.blur(12)}"/>`);
  for (let i = 0; i < 16; i++) s.add(pine(between(r, 150, 320), between(r, 230, 500), between(r, 40, 80), i % 2 ? '#2f4a3a' : '#355241'));
  for (let i = 0; i < 16; i++) s.add(pine(between(r, 480, 680), between(r, 230, 500), between(r, 40, 80), i % 2 ? '#2f4a3a' : '#355241'));
  s.add(`<path d="M0,500 L0,430 C80,420 120,440 180,460 L200,500 Z" fill="#2b3a30"/><path d="M800,500 L800,420 C720,430 680,450 640,470 L630,500 Z" fill="#2b3a30"/>`);
  // Stone steps up the side.
  for (let i = 0; i < 7; i++) s.add(`<rect x="${n(560 + i * 8)}" y="${n(486 - i * 14)}" width="34" height="5" rx="2" fill="#a9a79d"/>`);
};

const pass =
  (o: { sky: string; paragliders?: boolean; valley?: keyof typeof TERRACE }): Scene =>
  (s, r) => {
    const sky = SKIES[o.sky];
    paintSky(s, sky, r);
    ridges(s, r, sky, { from: 230, to: 330, count: 4, near: o.sky === 'sunset' ? '#2d2a44' : '#3d5a4a', rough: 60 });
    if (o.sky === 'sunset') mist(s, 320, 60, '#f3c9a8', 0.55);
    if (o.valley) {
      const shape = hillPath(-100, 900, 640, 400, 360);
      slopeTerraces(s, r, shape, 360, 520, TERRACE[o.valley], 9);
    }
    // The mountain flank with the road.
    const flank = 'M-20,500 L-20,300 C120,300 220,340 330,380 C430,415 560,430 820,440 L820,500 Z';
    s.add(`<path d="${flank}" fill="${o.sky === 'sunset' ? '#1f1d30' : '#2f4536'}"/>`);
    const road = 'M-20,330 C100,330 180,350 260,372 C340,394 330,410 250,430 C170,450 200,470 330,470 C470,470 600,460 820,468';
    s.add(`<path d="${road}" fill="none" stroke="${o.sky === 'sunset' ? '#6b5a66' : '#8f8c82'}" stroke-width="9" stroke-linecap="round"/>`);
    s.add(`<path d="${road}" fill="none" stroke="#f1e4b0" stroke-width="1.2" stroke-dasharray="10 12" opacity="0.7"/>`);
    for (let i = 0; i < 9; i++) s.add(pine(between(r, 500, 800), between(r, 440, 500), between(r, 24, 46), '#1c2a22'));
    if (o.sky === 'sunset') {
      // Two headlights on the bend.
      s.add(`<circle cx="262" cy="428" r="2.5" fill="#fff3c0"/><circle cx="268" cy="427" r="2.5" fill="#fff3c0"/>`);
    }
    if (o.paragliders) {
      const wing = (x: number, y: number, w: number, c1: string, c2: string) =>
        `<path d="M${x - w},${y} Q${x},${y - w * 0.55} ${x + w},${y} Q${x},${y - w * 0.35} ${x - w},${y} Z" fill="${c1}"/>` +
        `<path d="M${x - w * 0.35},${y - w * 0.22} Q${x},${y - w * 0.5} ${x + w * 0.35},${y - w * 0.22}" fill="none" stroke="${c2}" stroke-width="${n(w * 0.12)}"/>` +
        `<path d="M${x - w},${y} L${x},${y + w * 0.9} L${x + w},${y} M${x - w * 0.4},${y - w * 0.2} L${x},${y + w * 0.9} L${x + w * 0.4},${y - w * 0.2}" fill="none" stroke="#333" stroke-width="0.6" opacity="0.7"/>` +
        `<circle cx="${x}" cy="${n(y + w * 0.95)}" r="${n(w * 0.12)}" fill="#2b2b2b"/>`;
      s.add(wing(520, 150, 48, '#e94f37', '#f6c445'), wing(260, 200, 30, '#2f6fb0', '#ffffff'), wing(660, 250, 22, '#f6c445', '#2fa36b'));
    }
  };

const garden: Scene = (s, r) => {
  const sky = SKIES.morning;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 170, to: 230, count: 3, near: '#3e5a66', rough: 70 });
  mist(s, 250, 60);
  // Town roofs far below.
  for (let i = 0; i < 26; i++) {
    const x = between(r, 40, 760);
    const y = between(r, 268, 300);
    s.add(`<rect x="${n(x)}" y="${n(y)}" width="${n(between(r, 10, 22))}" height="8" fill="${['#b45a44', '#7a8a99', '#cfc6b8'][i % 3]}" opacity="0.8"/>`);
  }
  // Karst rocks.
  const rock = (x: number, y: number, w: number, h: number) =>
    `<path d="M${x - w / 2},${y} C${x - w / 2},${y - h * 0.6} ${x - w * 0.25},${y - h} ${x},${y - h} C${x + w * 0.3},${y - h * 0.95} ${x + w / 2},${y - h * 0.5} ${x + w / 2},${y} Z" fill="#8d9490"/>` +
    `<path d="M${x - w * 0.15},${y - h * 0.95} C${x - w * 0.05},${y - h * 0.6} ${x - w * 0.2},${y - h * 0.3} ${x - w * 0.1},${y}" fill="none" stroke="#6a716d" stroke-width="3"/>`;
  s.add(`<path d="M-20,500 L-20,360 C120,330 300,340 420,360 C560,380 700,350 820,340 L820,500 Z" fill="#4f7a46"/>`);
  s.add(rock(110, 420, 90, 120), rock(190, 410, 60, 80), rock(640, 410, 110, 140), rock(720, 420, 70, 90));
  // The viewing terrace with a railing.
  s.add(`<path d="M300,372 L520,372 L540,392 L280,392 Z" fill="#c9b79a"/>`);
  for (let i = 0; i < 12; i++) s.add(`<rect x="${300 + i * 20}" y="356" width="3" height="18" fill="#7b5b40"/>`);
  s.add(`<rect x="298" y="354" width="226" height="4" fill="#7b5b40"/>`);
  s.add(person(380, 372, 1, DRESS.man), person(410, 372, 0.95, DRESS.flowerHmong));
  // Flower beds.
  const colors = ['#e0457b', '#f08ab0', '#f5d04a', '#b46ad9', '#ffffff', '#e9593a'];
  for (let i = 0; i < 240; i++) {
    const x = between(r, 0, 800);
    const y = between(r, 420, 500);
    s.add(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(between(r, 2, 5))}" fill="${colors[i % colors.length]}" opacity="0.9"/>`);
  }
};

const lake: Scene = (s, r) => {
  const sky = SKIES.golden;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 230, to: 262, count: 2, near: '#56786a', rough: 30 });
  s.add(`<rect x="0" y="268" width="${W}" height="${H - 268}" fill="${s.linear([[0, '#b9d2d4'], [1, '#5e8f94']])}"/>`);
  // Islands with their reflections.
  const islands: [number, number, number, number][] = [[120, 300, 90, 34], [300, 286, 60, 22], [470, 296, 120, 40], [640, 284, 70, 26], [730, 310, 80, 30], [380, 340, 150, 48]];
  for (const [x, y, w, h] of islands) {
    const d = hillPath(x - w, x + w, y, x + between(r, -w * 0.2, w * 0.2), y - h);
    s.add(`<path d="${d}" fill="#3f6a48"/>`);
    s.add(`<path d="${d}" fill="#2f5a50" opacity="0.35" transform="translate(0 ${2 * y}) scale(1 -1)"/>`);
  }
  for (let i = 0; i < 14; i++) s.add(`<path d="M${n(between(r, 0, 760))},${n(between(r, 360, 490))} l${n(between(r, 30, 90))},0" stroke="#ffffff" stroke-opacity="0.35" stroke-width="1.5"/>`);
  // A boat.
  s.add(`<path d="M470,440 L600,440 L585,456 L486,456 Z" fill="#6b4a32"/><rect x="505" y="420" width="56" height="20" fill="#d8c7a0"/><path d="M498,422 L568,422 L560,410 L506,410 Z" fill="#2f6fb0"/>`);
  s.add(`<path d="M470,458 L600,458" stroke="#ffffff" stroke-opacity="0.4" stroke-width="2"/>`);
};

const plain: Scene = (s, r) => {
  const sky = SKIES.golden;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 200, to: 250, count: 3, near: '#4f6e5a', rough: 60 });
  // Fields in perspective.
  const rows = 12;
  for (let i = 0; i < rows; i++) {
    const y0 = 262 + Math.pow(i / rows, 1.6) * 240;
    const y1 = 262 + Math.pow((i + 1) / rows, 1.6) * 240;
    s.add(`<rect x="0" y="${n(y0)}" width="${W}" height="${n(y1 - y0 + 1)}" fill="${i % 3 === 0 ? '#cfae46' : i % 3 === 1 ? '#b7a13e' : '#d9bb55'}"/>`);
    s.add(`<path d="M0,${n(y0)} L${W},${n(y0)}" stroke="#7b6a2a" stroke-width="1" opacity="0.35"/>`);
  }
  for (let i = 0; i < 8; i++) s.add(`<path d="M${n(400 + (i - 3.5) * 30)},262 L${n(400 + (i - 3.5) * 260)},500" stroke="#7b6a2a" stroke-width="1" opacity="0.3"/>`);
  // A village at the field's edge.
  s.add(roundTree(90, 286, 60, '#3f6a3f'), stiltHouse(160, 290, 0.7, '#5f4d3d'), stiltHouse(250, 282, 0.55, '#6a5644'), roundTree(300, 284, 50, '#46704a'));
  s.add(stiltHouse(620, 288, 0.65, '#5f4d3d'), roundTree(690, 288, 58, '#3f6a3f'));
  s.add(person(420, 420, 1.3, DRESS.thai), person(450, 424, 1.3, DRESS.thai));
};

const blossom: Scene = (s, r) => {
  const sky = SKIES.spring;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 210, to: 270, count: 3, near: '#6f8a6a', rough: 50 });
  s.add(`<path d="${hillPath(-120, 520, 540, 200, 300)}" fill="#8fb070"/><path d="${hillPath(300, 940, 540, 640, 320)}" fill="#7fa764"/>`);
  s.add(hmongHouse(560, 352, 0.75));
  const spots: Pt[] = [];
  for (let i = 0; i < 24; i++) spots.push([between(r, 0, 800), between(r, 320, 500)]);
  spots.sort((a, b) => a[1] - b[1]);
  for (const [x, y] of spots) s.add(blossomTree(r, x, y, 40 + (y - 300) * 0.35, r() < 0.8 ? '#ffffff' : '#fbe3ea'));
  s.add(person(300, 480, 1.3, DRESS.flowerHmong2), person(330, 482, 1.25, DRESS.flowerHmong));
};

const templeScene =
  (o: { river: boolean; hill: boolean; sky: string; mountain?: boolean; treeLeft?: boolean }): Scene =>
  (s, r) => {
    const sky = SKIES[o.sky];
    paintSky(s, sky, r);
    ridges(s, r, sky, { from: 230, to: 280, count: 3, near: '#4b6a5a', rough: 50 });
    if (o.mountain) {
      s.add(`<path d="M-20,400 L-20,230 C80,150 160,120 230,170 C300,220 360,250 440,280 C560,320 700,300 820,330 L820,400 Z" fill="#3f5f48"/>`);
      for (let i = 0; i < 14; i++) s.add(roundTree(between(r, 0, 380), between(r, 250, 390), between(r, 26, 40), i % 2 ? '#35553e' : '#416647'));
    }
    if (o.river) {
      s.add(`<path d="M-20,420 C200,400 500,430 820,400 L820,500 L-20,500 Z" fill="#7fa0a8"/>`);
      s.add(`<path d="M60,452 l80,0 M300,470 l120,0 M560,446 l90,0" stroke="#ffffff" stroke-opacity="0.35" stroke-width="2"/>`);
    }
    const base = o.hill ? 330 : 392;
    if (o.hill) {
      s.add(`<path d="${hillPath(40, 760, 520, 400, base - 6)}" fill="#5b7b4e"/>`);
      // Steps.
      for (let i = 0; i < 10; i++) s.add(`<rect x="${n(370 - i * 3)}" y="${n(base + 6 + i * 16)}" width="${n(60 + i * 6)}" height="6" fill="#c9bda6"/>`);
    } else {
      s.add(`<rect x="120" y="${base}" width="560" height="14" fill="#b8aa94"/>`);
    }
    s.add(temple(400, base, o.hill ? 0.95 : 1.05));
    // A banyan, standing on the ground (or the terrace), and incense smoke.
    const tx = o.treeLeft === false ? 690 : 120;
    const foot = o.hill ? base + 60 : base + 12;
    s.add(`<path d="M${tx},${foot} C${tx - 2},${base - 40} ${tx - 10},${base - 90} ${tx},${base - 120}" stroke="#5a4332" stroke-width="12" fill="none"/>`);
    s.add(`<path d="M${tx - 40},${foot} C${tx - 20},${foot - 16} ${tx - 8},${foot - 30} ${tx - 4},${foot - 50} M${tx + 36},${foot} C${tx + 18},${foot - 14} ${tx + 8},${foot - 30} ${tx + 4},${foot - 50}" stroke="#5a4332" stroke-width="5" fill="none"/>`);
    s.add(`<ellipse cx="${tx}" cy="${base - 150}" rx="110" ry="70" fill="#3f6a3f"/><ellipse cx="${tx - 50}" cy="${base - 130}" rx="60" ry="40" fill="#46734a"/><ellipse cx="${tx + 50}" cy="${base - 175}" rx="60" ry="40" fill="#4e7c50"/>`);
    const sx = o.treeLeft === false ? 200 : 600;
    s.add(`<path d="M${sx},${base - 4} c-6,-20 10,-30 0,-50 c-8,-16 8,-26 2,-44" fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="3"/>`);
    s.add(`<rect x="${sx - 6}" y="${base - 10}" width="14" height="10" fill="#8a6a3a"/>`);
  };

const palace: Scene = (s, r) => {
  const sky = SKIES.day;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 210, to: 250, count: 2, near: '#5d7a64', rough: 40 });
  s.add(`<rect x="0" y="380" width="${W}" height="120" fill="#c9c2b2"/>`);
  const x0 = 150;
  const w = 500;
  s.add(`<rect x="${x0}" y="220" width="${w}" height="166" fill="#ece0c0"/>`);
  s.add(`<rect x="${x0 - 10}" y="210" width="${w + 20}" height="14" fill="#c9b98f"/>`);
  s.add(`<path d="M${x0 - 20},212 L${x0 + 30},170 L${x0 + w - 30},170 L${x0 + w + 20},212 Z" fill="#6d5a52"/>`);
  // Balustrade between floors.
  s.add(`<rect x="${x0}" y="298" width="${w}" height="8" fill="#c9b98f"/>`);
  for (let row = 0; row < 2; row++) {
    for (let i = 0; i < 9; i++) {
      const ax = x0 + 24 + i * 52;
      const ay = row === 0 ? 234 : 318;
      const ah = row === 0 ? 56 : 64;
      s.add(`<path d="M${ax},${ay + ah} L${ax},${ay + 16} A16,16 0 0 1 ${ax + 32},${ay + 16} L${ax + 32},${ay + ah} Z" fill="#5a4a3e"/>`);
      s.add(`<path d="M${ax + 3},${ay + ah} L${ax + 3},${ay + 17} A13,13 0 0 1 ${ax + 29},${ay + 17} L${ax + 29},${ay + ah}" fill="none" stroke="#7c6a5a" stroke-width="2"/>`);
    }
  }
  s.add(`<rect x="${x0 + 200}" y="300" width="100" height="86" fill="#4a3c32"/><path d="M${x0 + 196},300 A54,34 0 0 1 ${x0 + 304},300 Z" fill="#ece0c0"/>`);
  for (let i = 0; i < 6; i++) s.add(`<rect x="${n(40 + i * 130)}" y="${n(410 + (i % 2) * 20)}" width="70" height="8" fill="#b3ab99"/>`);
  s.add(roundTree(80, 384, 120, '#3f6a3f'), roundTree(730, 384, 110, '#46704a'));
  s.add(person(330, 440, 1.4, DRESS.flowerHmong), person(470, 446, 1.4, DRESS.man));
};

const church: Scene = (s, r) => {
  const sky = SKIES.mist;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 200, to: 260, count: 3, near: '#6b7f86', rough: 60 });
  mist(s, 260, 90);
  const cx = 400;
  s.add(`<rect x="0" y="420" width="${W}" height="80" fill="#a8aaa4"/>`);
  // Nave and tower in grey stone.
  s.add(`<rect x="${cx - 150}" y="270" width="300" height="150" fill="#7f8a91"/>`);
  s.add(`<path d="M${cx - 160},272 L${cx},200 L${cx + 160},272 Z" fill="#5f676d"/>`);
  s.add(`<rect x="${cx - 42}" y="170" width="84" height="250" fill="#8b959b"/>`);
  s.add(`<path d="M${cx - 48},172 L${cx},40 L${cx + 48},172 Z" fill="#5f676d"/>`);
  s.add(`<path d="M${cx},40 L${cx},14 M${cx - 9},24 L${cx + 9},24" stroke="#4d5459" stroke-width="4"/>`);
  // Stone courses.
  for (let y = 180; y < 420; y += 14) s.add(`<path d="M${cx - 42},${y} L${cx + 42},${y}" stroke="#6f797f" stroke-width="1"/>`);
  for (let y = 284; y < 420; y += 14) s.add(`<path d="M${cx - 150},${y} L${cx - 42},${y} M${cx + 42},${y} L${cx + 150},${y}" stroke="#6f797f" stroke-width="1"/>`);
  s.add(`<circle cx="${cx}" cy="220" r="20" fill="#3c4450"/><circle cx="${cx}" cy="220" r="12" fill="none" stroke="#b98c4a" stroke-width="2"/>`);
  s.add(`<path d="M${cx - 22},420 L${cx - 22},352 Q${cx},318 ${cx + 22},352 L${cx + 22},420 Z" fill="#3b2f2a"/>`);
  for (const dx of [-115, -75, 75, 115]) s.add(`<path d="M${cx + dx - 9},380 L${cx + dx - 9},322 Q${cx + dx},304 ${cx + dx + 9},322 L${cx + dx + 9},380 Z" fill="#3c4450"/>`);
  for (let i = 0; i < 5; i++) s.add(pine(between(r, 20, 200), 420, between(r, 90, 140), '#3f5446'), pine(between(r, 600, 780), 420, between(r, 90, 140), '#3f5446'));
  s.add(person(300, 470, 1.3, DRESS.blackHmong), person(520, 476, 1.3, DRESS.redDao), person(560, 472, 1.2, DRESS.man));
};

const village =
  (o: { sky: string; kind: 'catcat' | 'tavan' | 'taphin' | 'banho' | 'banpho' }): Scene =>
  (s, r) => {
    const sky = SKIES[o.sky];
    paintSky(s, sky, r);
    ridges(s, r, sky, { from: 160, to: 230, count: 3, near: '#3f5a52', rough: 70 });
    if (o.kind === 'banho') {
      s.add(`<path d="M-20,320 C200,300 600,330 820,300 L820,500 L-20,500 Z" fill="#5f8a4e"/>`);
      river(s, 'M-20,450 C180,420 360,470 520,440 S760,430 820,440', 60, '#6fa1a7');
      for (let i = 0; i < 9; i++) s.add(`<ellipse cx="${n(between(r, 40, 760))}" cy="${n(between(r, 430, 470))}" rx="${n(between(r, 14, 34))}" ry="${n(between(r, 8, 14))}" fill="#a7a69c"/>`);
      s.add(stiltHouse(160, 360, 0.9), stiltHouse(330, 340, 0.7, '#5d4b3c'), stiltHouse(610, 352, 0.85), roundTree(470, 350, 70, '#3f6a3f'), roundTree(720, 350, 60, '#46704a'));
      return;
    }
    const p = o.kind === 'tavan' ? TERRACE.gold : TERRACE.green;
    const hill = hillPath(-100, 900, 560, 420, 250);
    s.add(`<path d="${hill}" fill="${p.line}"/>`);
    slopeTerraces(s, r, hill, 250, 560, p, 13);
    if (o.kind === 'catcat') {
      river(s, 'M430,250 C440,320 420,380 460,430 S520,480 560,500', 22, '#8fb6c0');
      s.add(`<path d="M436,250 L424,320" stroke="#ffffff" stroke-width="10" opacity="0.8"/>`);
      // Water wheel.
      s.add(`<circle cx="520" cy="440" r="34" fill="none" stroke="#6b4a32" stroke-width="5"/>`);
      for (let i = 0; i < 8; i++) {
        const a = (i * Math.PI) / 4;
        s.add(`<path d="M520,440 L${n(520 + Math.cos(a) * 34)},${n(440 + Math.sin(a) * 34)}" stroke="#6b4a32" stroke-width="3"/>`);
      }
      s.add(hmongHouse(200, 380, 1), hmongHouse(320, 340, 0.8), hmongHouse(660, 370, 0.95), roundTree(120, 392, 70, '#3f6a3f'), roundTree(740, 380, 60, '#46704a'));
      s.add(person(280, 470, 1.4, DRESS.blackHmong, true), person(620, 476, 1.3, DRESS.blackHmong));
    }
    if (o.kind === 'tavan') {
      river(s, 'M-20,470 C200,440 400,480 600,456 S780,450 820,458', 30, '#7aa4ae');
      // Suspension bridge.
      s.add(`<path d="M320,420 Q400,452 480,420" fill="none" stroke="#4a3a2c" stroke-width="3"/><path d="M320,404 Q400,440 480,404" fill="none" stroke="#4a3a2c" stroke-width="1.5"/>`);
      for (let i = 1; i < 10; i++) s.add(`<path d="M${320 + i * 16},${n(404 + Math.sin((i / 10) * Math.PI) * 18)} L${320 + i * 16},${n(420 + Math.sin((i / 10) * Math.PI) * 16)}" stroke="#4a3a2c" stroke-width="1"/>`);
      s.add(`<rect x="316" y="398" width="6" height="30" fill="#4a3a2c"/><rect x="478" y="398" width="6" height="30" fill="#4a3a2c"/>`);
      s.add(hmongHouse(170, 350, 0.85, '#9a7350', '#555459'), hmongHouse(620, 360, 0.9, '#9a7350', '#555459'), hmongHouse(700, 330, 0.6));
      s.add(person(400, 434, 1, DRESS.man, true), person(420, 436, 1, DRESS.redDao));
    }
    if (o.kind === 'taphin') {
      s.add(hmongHouse(180, 360, 1), hmongHouse(330, 330, 0.75), hmongHouse(610, 350, 0.95), roundTree(90, 370, 70, '#3f6a3f'), roundTree(700, 360, 64, '#46704a'));
      s.add(person(300, 470, 1.6, DRESS.redDao), person(340, 476, 1.55, DRESS.redDao, true), person(520, 470, 1.5, DRESS.blackHmong));
    }
    if (o.kind === 'banpho') {
      for (let i = 0; i < 5; i++) s.add(blossomTree(r, between(r, 40, 760), between(r, 380, 440), 70));
      s.add(hmongHouse(230, 370, 1.05), hmongHouse(560, 360, 0.9));
      // Wine jars by the door.
      for (let i = 0; i < 3; i++) s.add(`<ellipse cx="${300 + i * 22}" cy="${n(392)}" rx="10" ry="13" fill="#6b4a32"/><rect x="${294 + i * 22}" y="376" width="12" height="5" fill="#4a3424"/>`);
      s.add(person(380, 470, 1.5, DRESS.flowerHmong), person(420, 474, 1.45, DRESS.flowerHmong2, true));
    }
  };

const market =
  (o: { sky: string; buffalo: boolean; river?: boolean; tarps: string[]; crowd: number }): Scene =>
  (s, r) => {
    const sky = SKIES[o.sky];
    paintSky(s, sky, r);
    ridges(s, r, sky, { from: 170, to: 240, count: 3, near: '#46604e', rough: 60 });
    if (o.river) river(s, 'M-20,300 C200,280 500,320 820,290', 26, '#7ea3a8');
    ground(s, 310, '#a99b80', r, 8);
    if (o.buffalo) {
      s.add(`<path d="M-20,330 C150,300 300,320 420,330 L420,500 L-20,500 Z" fill="#7f9a5c"/>`);
      s.add(buffalo(80, 380, 1.3), buffalo(180, 370, 1.1, true), buffalo(270, 392, 1.25), person(220, 392, 1.1, DRESS.man), person(130, 396, 1.1, DRESS.man));
    }
    const startX = o.buffalo ? 420 : 60;
    for (let i = 0; i < (o.buffalo ? 3 : 6); i++) {
      const x = startX + 60 + i * 110 + between(r, -10, 10);
      s.add(i % 2 ? umbrella(x, 350, 1.6, o.tarps[i % o.tarps.length]) : stall(r, x, 354, 1.3, o.tarps[i % o.tarps.length]));
    }
    // The crowd, from back to front.
    const dresses = [DRESS.flowerHmong, DRESS.flowerHmong2, DRESS.flowerHmong, DRESS.redDao, DRESS.tay, DRESS.man, DRESS.flowerHmong2];
    const folk: [number, number][] = [];
    for (let i = 0; i < o.crowd; i++) folk.push([between(r, o.buffalo ? 330 : 10, 790), between(r, 380, 495)]);
    folk.sort((a, b) => a[1] - b[1]);
    for (const [x, y] of folk) s.add(person(x, y, 0.8 + (y - 370) / 95, dresses[Math.floor(r() * dresses.length)], r() < 0.3));
    // A steaming pot of thắng cố.
    s.add(`<ellipse cx="${o.buffalo ? 700 : 120}" cy="470" rx="34" ry="12" fill="#2d2d2d"/><path d="M${o.buffalo ? 690 : 110},456 c-6,-14 8,-20 2,-34 M${o.buffalo ? 708 : 128},456 c6,-14 -8,-22 0,-36" fill="none" stroke="#ffffff" stroke-opacity="0.6" stroke-width="3"/>`);
  };

const borderGate: Scene = (s, r) => {
  const sky = SKIES.day;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 190, to: 230, count: 2, near: '#6d8a7c', rough: 40 });
  // The far bank's taller buildings, hazy.
  for (let i = 0; i < 12; i++) {
    const x = 500 + i * 26;
    const h = between(r, 40, 110);
    s.add(`<rect x="${x}" y="${n(290 - h)}" width="22" height="${n(h)}" fill="#b9c6cc"/>`);
  }
  s.add(`<path d="M-20,300 L820,290 L820,330 L-20,340 Z" fill="#8aa17a"/>`);
  river(s, 'M-20,360 C300,350 500,372 820,350', 40, '#7c9fa3');
  // The gate building with its arch.
  s.add(`<rect x="160" y="200" width="280" height="130" fill="#efe9da"/><rect x="150" y="192" width="300" height="14" fill="#c9bfa6"/>`);
  s.add(`<path d="M250,330 L250,260 A50,40 0 0 1 350,260 L350,330 Z" fill="#5d6b78"/>`);
  s.add(`<circle cx="300" cy="226" r="13" fill="#da251d"/><circle cx="300" cy="226" r="9" fill="none" stroke="#ffd400" stroke-width="2"/>`);
  s.add(`<rect x="190" y="230" width="34" height="26" fill="#9fb3c0"/><rect x="376" y="230" width="34" height="26" fill="#9fb3c0"/>`);
  s.add(`<path d="M300,192 L300,120" stroke="#7b7b7b" stroke-width="3"/>`, flag(300, 122, 1, 4));
  // The bridge in front.
  s.add(`<path d="M-20,400 L820,380 L820,396 L-20,416 Z" fill="#d5d1c5"/><path d="M-20,400 L820,380" stroke="#8d8a80" stroke-width="2"/>`);
  for (let i = 0; i < 14; i++) s.add(`<rect x="${i * 60}" y="${n(402 - i * 1.4)}" width="6" height="70" fill="#b8b4a8"/>`);
  ground(s, 450, '#8e8a7c', r, 4);
  s.add(person(330, 392, 1.1, DRESS.man, true), person(360, 390, 1.05, DRESS.flowerHmong), person(520, 388, 1, DRESS.man));
};

const flagTower: Scene = (s, r) => {
  const sky = SKIES.day;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 180, to: 250, count: 3, near: '#4d6a52', rough: 70 });
  river(s, 'M820,330 C640,340 560,390 420,400 S140,380 -20,420', 46, '#b48a5e');
  s.add(`<path d="${hillPath(180, 640, 520, 400, 300)}" fill="#56794a"/>`);
  // The tower: a plinth, the pole, the flag.
  s.add(`<rect x="370" y="288" width="60" height="24" fill="#d7d0c0"/><rect x="380" y="278" width="40" height="12" fill="#c9bfa6"/>`);
  s.add(`<rect x="397" y="60" width="6" height="220" fill="#c8c8c8"/>`);
  s.add(flag(403, 62, 2.2, 8));
  s.add(`<path d="M${340},330 l120,0" stroke="#c9bda6" stroke-width="6"/>`);
  for (let i = 0; i < 6; i++) s.add(roundTree(between(r, 200, 340), between(r, 360, 470), between(r, 40, 60), '#3f6a3f'), roundTree(between(r, 460, 620), between(r, 360, 470), between(r, 40, 60), '#46704a'));
  // The border marker.
  s.add(`<rect x="560" y="400" width="14" height="30" fill="#efe9da"/><rect x="560" y="400" width="14" height="6" fill="#da251d"/>`);
};

const town: Scene = (s, r) => {
  const sky = SKIES.mist;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 150, to: 210, count: 3, near: '#586f78', rough: 90 });
  mist(s, 220, 70);
  // Houses on the slope.
  for (let row = 0; row < 4; row++) {
    for (let i = 0; i < 14; i++) {
      const x = i * 60 + between(r, -10, 10) + (row % 2) * 30;
      const y = 250 + row * 34 + between(r, -6, 6);
      const h = between(r, 24, 40);
      s.add(`<rect x="${n(x)}" y="${n(y - h)}" width="40" height="${n(h)}" fill="${['#f1ebe0', '#e8dcc6', '#d9d3c9', '#efe3d1'][(i + row) % 4]}"/>`);
      s.add(`<path d="M${n(x - 4)},${n(y - h)} L${n(x + 20)},${n(y - h - 14)} L${n(x + 44)},${n(y - h)} Z" fill="${['#a8493a', '#6f7c8a', '#8a4a3a'][(i + row) % 3]}"/>`);
      s.add(`<rect x="${n(x + 8)}" y="${n(y - h + 8)}" width="8" height="8" fill="#f4d48a" opacity="0.7"/>`);
    }
  }
  // The spire, and the lake below.
  s.add(`<rect x="560" y="170" width="30" height="110" fill="#7f8a91"/><path d="M556,172 L575,110 L594,172 Z" fill="#5f676d"/>`);
  s.add(`<path d="M-20,420 C200,390 560,400 820,410 L820,500 L-20,500 Z" fill="#8fb0b4"/>`);
  s.add(`<path d="M-20,420 C200,390 560,400 820,410" fill="none" stroke="#5f7e62" stroke-width="8"/>`);
  for (let i = 0; i < 9; i++) s.add(roundTree(i * 95 + between(r, -10, 10), 414 + between(r, -6, 6), between(r, 40, 60), '#4e7656'));
  for (let i = 0; i < 6; i++) s.add(`<path d="M${n(between(r, 20, 700))},${n(between(r, 440, 490))} l${n(between(r, 40, 90))},0" stroke="#ffffff" stroke-opacity="0.45" stroke-width="2"/>`);
};

const station: Scene = (s, r) => {
  const sky = SKIES.morning;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 200, to: 240, count: 2, near: '#5d7a64', rough: 40 });
  // The station house.
  s.add(`<rect x="120" y="230" width="560" height="110" fill="#f0d78c"/><rect x="330" y="180" width="140" height="160" fill="#f3dd98"/>`);
  s.add(`<path d="M110,232 L690,232 L670,214 L130,214 Z" fill="#a04a36"/><path d="M322,182 L478,182 L460,160 L340,160 Z" fill="#a04a36"/>`);
  s.add(`<circle cx="400" cy="210" r="16" fill="#ffffff" stroke="#6b5a3a" stroke-width="3"/><path d="M400,210 L400,200 M400,210 L408,214" stroke="#333" stroke-width="2"/>`);
  s.add(`<rect x="350" y="240" width="100" height="18" fill="#2f5c8a"/><rect x="360" y="246" width="80" height="6" fill="#ffffff" opacity="0.85"/>`);
  for (let i = 0; i < 8; i++) s.add(`<rect x="${150 + i * 66}" y="270" width="30" height="46" fill="#7a6a52"/>`);
  s.add(`<rect x="0" y="340" width="${W}" height="30" fill="#b7b2a6"/>`);
  // A train along the platform.
  s.add(`<rect x="0" y="372" width="${W}" height="6" fill="#6b645a"/><rect x="0" y="420" width="${W}" height="6" fill="#6b645a"/>`);
  for (let i = 0; i < 4; i++) {
    const x = -40 + i * 230;
    s.add(`<rect x="${x}" y="352" width="220" height="64" rx="6" fill="#2f5c8a"/><rect x="${x}" y="392" width="220" height="8" fill="#f0d78c"/>`);
    for (let j = 0; j < 6; j++) s.add(`<rect x="${x + 14 + j * 34}" y="362" width="22" height="18" fill="#cfe0ea"/>`);
    s.add(`<circle cx="${x + 40}" cy="418" r="9" fill="#333"/><circle cx="${x + 180}" cy="418" r="9" fill="#333"/>`);
  }
  ground(s, 440, '#8d8a7e', r, 3);
  s.add(person(420, 480, 1.4, DRESS.man, true), person(460, 484, 1.35, DRESS.redDao));
};

const funicular: Scene = (s, r) => {
  const sky = SKIES.day;
  paintSky(s, sky, r);
  ridges(s, r, sky, { from: 150, to: 220, count: 3, near: '#46605a', rough: 80 });
  const hill = hillPath(-200, 1000, 600, 400, 250);
  s.add(`<path d="${hill}" fill="${TERRACE.ripe.line}"/>`);
  slopeTerraces(s, r, hill, 250, 600, TERRACE.ripe, 12);
  // The track down the slope.
  s.add(`<path d="M80,180 L760,470" stroke="#5d5a55" stroke-width="14"/><path d="M80,172 L760,462 M80,188 L760,478" stroke="#8a8680" stroke-width="2"/>`);
  const car = (x: number) => {
    const y = 180 + (x - 80) * (290 / 680);
    return `<g transform="translate(${n(x)} ${n(y)}) rotate(23.1)"><rect x="-56" y="-40" width="112" height="40" rx="5" fill="#a8322c"/><rect x="-50" y="-34" width="100" height="14" fill="#f2e6c8"/><rect x="-56" y="-6" width="112" height="6" fill="#6b4a32"/><path d="M-56,-40 L56,-40" stroke="#d9b44a" stroke-width="3"/></g>`;
  };
  s.add(car(330), car(452));
};

const bath: Scene = (s, r) => {
  // A wooden room with a window on the mountains.
  s.add(`<rect width="${W}" height="${H}" fill="#6b4a32"/>`);
  for (let i = 0; i < 12; i++) s.add(`<rect x="${i * 70}" y="0" width="4" height="${H}" fill="#5a3d28"/>`);
  s.add(`<rect x="470" y="60" width="260" height="190" fill="${s.linear([[0, '#9cc3dc'], [1, '#e4eef0']])}"/>`);
  const wr = rngOf('window');
  s.add(`<g clip-path="${s.clip('M470,60 L730,60 L730,250 L470,250 Z')}">`);
  for (let i = 0; i < 3; i++) {
    const pts = skyline(wr, 150 + i * 30, 170 + i * 30, 30, 5).map(([x, y]) => [470 + (x / W) * 260, y] as Pt);
    s.add(`<path d="${smooth(pts)} L730,260 L470,260 Z" fill="${mix('#cfdde4', '#3f5a4e', 0.3 + i * 0.3)}"/>`);
  }
  s.add(`</g><rect x="466" y="56" width="268" height="198" fill="none" stroke="#3e2a1c" stroke-width="8"/><path d="M600,56 L600,254" stroke="#3e2a1c" stroke-width="6"/>`);
  s.add(`<rect x="0" y="390" width="${W}" height="110" fill="#4e3522"/>`);
  // The tub.
  s.add(`<path d="M180,440 L210,250 L500,250 L530,440 Z" fill="#a87a4e"/>`);
  for (let i = 0; i < 9; i++) s.add(`<path d="M${n(210 + i * 36)},250 L${n(194 + i * 40)},440" stroke="#8c6238" stroke-width="2"/>`);
  s.add(`<rect x="196" y="290" width="318" height="8" fill="#5a4332"/><rect x="186" y="380" width="338" height="8" fill="#5a4332"/>`);
  s.add(`<ellipse cx="355" cy="252" rx="146" ry="22" fill="#7a3a24"/><ellipse cx="355" cy="252" rx="146" ry="22" fill="none" stroke="#c8955e" stroke-width="6"/>`);
  for (let i = 0; i < 10; i++) s.add(`<ellipse cx="${n(between(r, 240, 470))}" cy="${n(between(r, 242, 262))}" rx="9" ry="4" fill="#4f7a3a" transform="rotate(${n(between(r, -40, 40))} ${n(355)} ${n(252)})"/>`);
  // Steam.
  for (let i = 0; i < 4; i++) s.add(`<path d="M${280 + i * 50},230 c-14,-30 16,-46 0,-80 c-12,-26 10,-40 4,-64" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="6" stroke-linecap="round"/>`);
  // Herbs in a basket.
  s.add(`<path d="M600,440 L620,380 L720,380 L740,440 Z" fill="#b88a4a"/>`);
  for (let i = 0; i < 14; i++) s.add(`<ellipse cx="${n(between(r, 620, 720))}" cy="${n(between(r, 360, 384))}" rx="14" ry="6" fill="${i % 2 ? '#4f7a3a' : '#6b9a48'}" transform="rotate(${n(between(r, -50, 50))} 670 372)"/>`);
  s.add(`<circle cx="120" cy="130" r="60" fill="#ffd27a" opacity="0.08"/>`);
};

const xoe: Scene = (s, r) => {
  const sky = SKIES.night;
  paintSky(s, sky, r, true);
  ridges(s, r, sky, { from: 220, to: 260, count: 2, near: '#131c33', rough: 40 });
  s.add(`<rect x="0" y="300" width="${W}" height="200" fill="#2a2320"/>`);
  s.add(`<ellipse cx="400" cy="400" rx="320" ry="110" fill="${s.radial([[0, '#f2a541', 0.55], [1, '#f2a541', 0]])}"/>`);
  s.add(stiltHouse(110, 320, 0.9, '#1c1a22'), stiltHouse(700, 316, 0.8, '#1c1a22'));
  // Fire.
  s.add(`<path d="M370,420 L430,420 L410,408 L390,408 Z" fill="#4a2c1e"/>`);
  s.add(`<path d="M400,340 C420,370 436,390 420,418 L380,418 C364,392 380,370 400,340 Z" fill="#f28c28"/><path d="M400,366 C410,384 414,400 406,418 L394,418 C386,400 392,384 400,366 Z" fill="#ffd86b"/>`);
  // A ring of dancers holding hands.
  const ring: [number, number, number][] = [];
  for (let i = 0; i < 14; i++) {
    const a = (i / 14) * Math.PI * 2;
    ring.push([400 + Math.cos(a) * 240, 400 + Math.sin(a) * 70, a]);
  }
  ring.sort((a, b) => a[1] - b[1]);
  for (const [x, y] of ring) {
    const sc = 1.2 + (y - 330) / 140;
    s.add(person(x, y, sc, DRESS.thai));
    s.add(`<path d="M${n(x - 12 * sc)},${n(y - 20 * sc)} L${n(x + 12 * sc)},${n(y - 20 * sc)}" stroke="#c58b5f" stroke-width="${n(1.6 * sc)}"/>`);
  }
};

// ---------- one scene per place ----------

const MARKET_TARPS = ['#2f6fb0', '#e94f37', '#2fa36b', '#f0a12b', '#7a4fb0'];

export const PLACE_SCENES: Record<string, Scene> = {
  fansipan: peak({ sky: 'dawn', flowers: true, marker: true }),
  'thung-lung-muong-hoa': terraces({ sky: 'golden', palette: 'gold', style: 'slope', houses: 'hmong', river: true }),
  'thac-bac': waterfall,
  'deo-o-quy-ho': pass({ sky: 'sunset' }),
  'nui-ham-rong': garden,
  'ruong-bac-thang-y-ty': terraces({ sky: 'morning', palette: 'green', style: 'slope', houses: 'earth', clouds: true }),
  'dinh-lao-than': peak({ sky: 'morning', hikers: true }),
  'ruong-bac-thang-mu-cang-chai': terraces({ sky: 'golden', palette: 'gold', style: 'dome' }),
  'ho-thac-ba': lake,
  'canh-dong-muong-lo': plain,
  'thung-lung-man-bac-ha': blossom,
  'den-thuong': templeScene({ river: false, hill: true, sky: 'day' }),
  'den-mau-lao-cai': templeScene({ river: true, hill: false, sky: 'morning', treeLeft: false }),
  'den-bao-ha': templeScene({ river: true, hill: false, sky: 'mist', mountain: true }),
  'dinh-hoang-a-tuong': palace,
  'nha-tho-da-sa-pa': church,
  'bai-da-co-sa-pa': terraces({ sky: 'day', palette: 'green', style: 'slope', stones: true }),
  'ban-cat-cat': village({ sky: 'morning', kind: 'catcat' }),
  'ban-ta-van': village({ sky: 'golden', kind: 'tavan' }),
  'ban-lao-chai': terraces({ sky: 'mist', palette: 'water', style: 'slope', houses: 'hmong', cloth: true }),
  'ban-ta-phin': village({ sky: 'day', kind: 'taphin' }),
  'ban-ho': village({ sky: 'day', kind: 'banho' }),
  'ban-pho': village({ sky: 'spring', kind: 'banpho' }),
  'cho-bac-ha': market({ sky: 'morning', buffalo: true, tarps: MARKET_TARPS, crowd: 34 }),
  'cho-can-cau': market({ sky: 'day', buffalo: true, tarps: ['#e94f37', '#2fa36b', '#f0a12b'], crowd: 26 }),
  'cho-coc-ly': market({ sky: 'golden', buffalo: false, river: true, tarps: ['#2fa36b', '#2f6fb0', '#e94f37'], crowd: 30 }),
  'cho-muong-khuong': market({ sky: 'mist', buffalo: false, tarps: ['#7a4fb0', '#f0a12b', '#2f6fb0'], crowd: 36 }),
  'cho-lung-phinh': market({ sky: 'spring', buffalo: false, tarps: ['#e94f37', '#2f6fb0'], crowd: 22 }),
  'cua-khau-lao-cai': borderGate,
  'cot-co-lung-po': flagTower,
  'trung-tam-sa-pa': town,
  'ga-lao-cai': station,
  'tau-leo-nui-muong-hoa': funicular,
  'tam-la-thuoc-dao-do': bath,
  'du-luon-khau-pha': pass({ sky: 'golden', paragliders: true, valley: 'gold' }),
  'xoe-thai-nghia-lo': xoe,
};

export function drawPlace(id: string, title: string): string {
  const scene = PLACE_SCENES[id];
  if (!scene) throw new Error(`Chưa có tranh cho địa điểm ${id}`);
  const s = new Svg(title);
  scene(s, rngOf(id));
  return s.toString();
}

export const TOURISM_MEDIA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../media/tourism');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { PLACES } = await import('./tourism-places.js');
  fs.mkdirSync(TOURISM_MEDIA_DIR, { recursive: true });
  for (const p of PLACES) fs.writeFileSync(path.join(TOURISM_MEDIA_DIR, `${p.id}.svg`), drawPlace(p.id, p.name));
  console.log(`Đã vẽ ${PLACES.length} tranh vào ${TOURISM_MEDIA_DIR}`);
}
