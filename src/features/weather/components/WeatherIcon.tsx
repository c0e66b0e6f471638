import type { ReactNode } from 'react';
import { weatherLabel, weatherPicture } from '../wmo';

/**
 * The app's own colour weather pictures (SVG, 64×64), by day and by night, for every WMO code.
 * Drawn here rather than taken from an icon font, which would not load offline.
 */
const SUN = '#f2a900';
const MOON = '#9aa8c7';
const CLOUD = '#dfe5eb';
const CLOUD_EDGE = '#a7b3bf';
const DARK_CLOUD = '#b9c3cd';
const RAIN = '#2b78d0';
const SNOW = '#63aee6';

function Sun({ x = 32, y = 32, r = 11 }: { x?: number; y?: number; r?: number }) {
  const rays = Array.from({ length: 8 }, (_, i) => {
    const a = (i * Math.PI) / 4;
    return (
      <line
        key={i}
        x1={x + Math.cos(a) * (r + 4)}
        y1={y + Math.sin(a) * (r + 4)}
        x2={x + Math.cos(a) * (r + 9)}
        y2={y + Math.sin(a) * (r + 9)}
        stroke={SUN}
        strokeWidth={3.2}
        strokeLinecap="round"
      />
    );
  });
  return (
    <g>
      {rays}
      <circle cx={x} cy={y} r={r} fill={SUN} />
    </g>
  );
}

function Moon({ x = 32, y = 30, r = 13 }: { x?: number; y?: number; r?: number }) {
  return <path d={`M${x + r * 0.55} ${y - r} a${r} ${r} 0 1 0 ${r * 0.75} ${r * 1.55} a${r * 0.95} ${r * 0.95} 0 0 1 -${r * 0.75} -${r * 1.55}Z`} fill={MOON} />;
}

function Cloud({ dark = false, dy = 0 }: { dark?: boolean; dy?: number }) {
  return (
    <path
      d={`M18 ${46 + dy}h29a10 10 0 0 0 1-19.9A14 14 0 0 0 21.3 ${24 + dy}.5 10.5 10.5 0 0 0 18 ${46 + dy}Z`}
      fill={dark ? DARK_CLOUD : CLOUD}
      stroke={CLOUD_EDGE}
      strokeWidth={2}
      strokeLinejoin="round"
    />
  );
}

const drops = (n: number, long = true) =>
  Array.from({ length: n }, (_, i) => {
    const x = 22 + i * (20 / Math.max(1, n - 1));
    return <line key={i} x1={x} y1={50} x2={x - 3} y2={long ? 60 : 54} stroke={RAIN} strokeWidth={3} strokeLinecap="round" />;
  });

const flakes = (color = SNOW) =>
  [22, 32, 42, 27, 37].map((x, i) => <circle key={i} cx={x} cy={i < 3 ? 53 : 60} r={2.6} fill={color} />);

function picture(kind: ReturnType<typeof weatherPicture>, day: boolean): ReactNode {
  const sky = (shiftX = -8, shiftY = -8) => (day ? <Sun x={32 + shiftX} y={26 + shiftY} r={9} /> : <Moon x={28 + shiftX} y={24 + shiftY} r={10} />);
  switch (kind) {
    case 'clear':
      return day ? <Sun /> : <Moon />;
    case 'mostly-clear':
      return (
        <>
          {day ? <Sun x={28} y={28} r={11} /> : <Moon x={26} y={26} r={12} />}
          <path d="M34 50h16a6 6 0 0 0 .6-12A8.5 8.5 0 0 0 34.6 37 6.5 6.5 0 0 0 34 50Z" fill={CLOUD} stroke={CLOUD_EDGE} strokeWidth={2} />
        </>
      );
    case 'partly-cloudy':
      return (
        <>
          {sky()}
          <Cloud />
        </>
      );
    case 'overcast':
      return (
        <>
          <path d="M26 36h22a8 8 0 0 0 .8-16A11 11 0 0 0 27.8 17 8.5 8.5 0 0 0 26 36Z" fill={DARK_CLOUD} stroke={CLOUD_EDGE} strokeWidth={2} />
          <Cloud dy={4} />
        </>
      );
    case 'fog':
      return (
        <>
          <Cloud dy={-6} />
          {[46, 53, 60].map((y, i) => (
            <line key={y} x1={14 + i * 3} y1={y} x2={50 - i * 2} y2={y} stroke={CLOUD_EDGE} strokeWidth={3.2} strokeLinecap="round" />
          ))}
        </>
      );
    case 'drizzle':
      return (
        <>
          <Cloud dy={-4} />
          {[22, 32, 42].map((x) => (
            <circle key={x} cx={x} cy={54} r={2.2} fill={RAIN} />
          ))}
        </>
      );
    case 'showers':
      return (
        <>
          {sky(-10, -10)}
          <Cloud dy={-4} />
          {drops(3, false)}
        </>
      );
    case 'rain':
      return (
        <>
          <Cloud dy={-4} />
          {drops(3)}
        </>
      );
    case 'heavy-rain':
      return (
        <>
          <Cloud dark dy={-4} />
          {drops(4)}
        </>
      );
    case 'freezing':
      return (
        <>
          <Cloud dark dy={-4} />
          {drops(2, false)}
          <circle cx={42} cy={55} r={2.6} fill={SNOW} />
        </>
      );
    case 'snow':
      return (
        <>
          <Cloud dy={-4} />
          {flakes()}
        </>
      );
    case 'thunder':
      return (
        <>
          <Cloud dark dy={-6} />
          <path d="M33 40l-7 11h6l-3 10 10-13h-6l3-8Z" fill={SUN} stroke="#b97f00" strokeWidth={1} strokeLinejoin="round" />
          <line x1={20} y1={46} x2={18} y2={52} stroke={RAIN} strokeWidth={3} strokeLinecap="round" />
          <line x1={46} y1={46} x2={44} y2={52} stroke={RAIN} strokeWidth={3} strokeLinecap="round" />
        </>
      );
    case 'hail':
      return (
        <>
          <Cloud dark dy={-6} />
          <path d="M31 40l-6 10h5l-2 8 8-11h-5l2-7Z" fill={SUN} />
          {[20, 42, 47].map((x, i) => (
            <circle key={x} cx={x} cy={50 + i * 4} r={3} fill="#fff" stroke={SNOW} strokeWidth={1.6} />
          ))}
        </>
      );
  }
}

export function WeatherIcon({ code, isDay = 1, size = 48, decorative = false }: { code: number; isDay?: boolean | 0 | 1; size?: number; decorative?: boolean }) {
  const label = weatherLabel(code, isDay);
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : label}
      aria-hidden={decorative ? true : undefined}
      className="wx-icon"
      data-picture={weatherPicture(code)}
      data-day={isDay ? 'day' : 'night'}
    >
      {picture(weatherPicture(code), !!isDay)}
    </svg>
  );
}
