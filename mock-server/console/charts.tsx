import { formatNumber, formatRate } from './format';

/**
 * Plain SVG charts, drawn here (a chart library would weigh more than the whole console): columns
 * by week with an on-time line, and horizontal bars. Each has a caption and its numbers in a table
 * for screen readers; the picture is hidden from them.
 */

export interface Series {
  name: string;
  /** A CSS colour (a design token). */
  color: string;
}

interface ColumnChartProps {
  title: string;
  labels: string[];
  series: Series[];
  /** values[series][label] */
  values: number[][];
  /** A rate (0–1) per label, drawn as a line on its own 0–100% scale. */
  rate?: { name: string; color: string; values: (number | null)[] };
}

const W = 640;
const H = 220;
const PAD = { top: 16, right: 44, bottom: 28, left: 36 };

/** A round top for a scale of four steps, each a round number: 7 → 8, 23 → 40, 180 → 200. */
export function niceMax(n: number): number {
  if (n <= 4) return 4;
  const quarter = n / 4;
  const p = 10 ** Math.floor(Math.log10(quarter));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= quarter)!;
  return step * 4;
}

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="cs-sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ColumnChart({ title, labels, series, values, rate }: ColumnChartProps) {
  const max = niceMax(Math.max(1, ...values.flat()));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, labels.length);
  const barW = Math.min(22, (slot * 0.7) / series.length);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const ratePoints = rate
    ? rate.values.map((v, i) => (v === null ? null : ([PAD.left + slot * (i + 0.5), PAD.top + plotH - v * plotH] as const)))
    : [];
  const path = ratePoints
    .map((p, i) => (p ? `${i === 0 || !ratePoints[i - 1] ? 'M' : 'L'}${p[0].toFixed(1)},${p[1].toFixed(1)}` : ''))
    .join(' ');
  return (
    <figure className="cs-chart">
      <figcaption className="cs-chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="presentation" aria-hidden="true" focusable="false">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="cs-grid" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="cs-axis">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {rate &&
          [0, 0.5, 1].map((f) => (
            <text key={f} x={W - PAD.right + 6} y={PAD.top + plotH - f * plotH + 4} className="cs-axis">
              {f * 100}%
            </text>
          ))}
        {labels.map((label, i) => (
          <g key={label}>
            {series.map((s, k) => {
              const v = values[k][i];
              const x = PAD.left + slot * i + slot / 2 - (barW * series.length) / 2 + k * barW;
              return <rect key={s.name} x={x} y={y(v)} width={barW - 2} height={Math.max(0, PAD.top + plotH - y(v))} rx={3} fill={s.color} />;
            })}
            <text x={PAD.left + slot * (i + 0.5)} y={H - 8} textAnchor="middle" className="cs-axis">
              {label}
            </text>
          </g>
        ))}
        {rate && <path d={path} fill="none" stroke={rate.color} strokeWidth={2.5} />}
        {ratePoints.map((p, i) => (p ? <circle key={i} cx={p[0]} cy={p[1]} r={3.5} fill={rate!.color} /> : null))}
      </svg>
      <ul className="cs-legend">
        {series.map((s) => (
          <li key={s.name}>
            <span className="cs-swatch" style={{ background: s.color }} />
            {s.name}
          </li>
        ))}
        {rate && (
          <li>
            <span className="cs-swatch cs-swatch--line" style={{ background: rate.color }} />
            {rate.name}
          </li>
        )}
      </ul>
      <DataTable
        caption={title}
        head={['Tuần', ...series.map((s) => s.name), ...(rate ? [rate.name] : [])]}
        rows={labels.map((l, i) => [l, ...series.map((_, k) => values[k][i]), ...(rate ? [formatRate(rate.values[i])] : [])])}
      />
    </figure>
  );
}

export interface BarItem {
  label: string;
  value: number;
  /** Shown after the number: "TB 2,5 ngày". */
  note?: string;
}

/** Horizontal bars, longest first as given. */
export function BarList({ title, items, color, unit = '' }: { title: string; items: BarItem[]; color: string; unit?: string }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <figure className="cs-chart">
      <figcaption className="cs-chart-title">{title}</figcaption>
      {items.length === 0 ? (
        <p className="lc-muted">Chưa có số liệu trong khoảng thời gian này.</p>
      ) : (
        <ul className="cs-bars">
          {items.map((i) => (
            <li key={i.label}>
              <span className="cs-bar-label">
                {i.label}
                {i.note ? <span className="lc-muted cs-bar-note">{i.note}</span> : null}
              </span>
              <span className="cs-bar-track" aria-hidden="true">
                <span className="cs-bar-fill" style={{ width: `${(i.value / max) * 100}%`, background: color }} />
              </span>
              <span className="cs-bar-value">
                {formatNumber(i.value)}
                {unit}
              </span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** A rate as a ring (tỷ lệ đúng hạn, hài lòng). */
export function RateRing({ rate, label, color }: { rate: number | null; label: string; color: string }) {
  const r = 26;
  const c = 2 * Math.PI * r;
  return (
    <svg className="cs-ring" viewBox="0 0 64 64" role="img" aria-label={`${label}: ${formatRate(rate)}`}>
      <circle cx="32" cy="32" r={r} className="cs-ring-track" />
      {rate !== null && rate > 0 && (
        <circle
          cx="32"
          cy="32"
          r={r}
          fill="none"
          stroke={color}
          strokeWidth={8}
          strokeDasharray={`${rate * c} ${c}`}
          transform="rotate(-90 32 32)"
          strokeLinecap={rate < 1 ? 'round' : 'butt'}
        />
      )}
    </svg>
  );
}
