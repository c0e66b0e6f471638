import { useState } from 'react';
import type { OfficerProfile, Stats } from '../src/contract/officers';
import { query } from './api';
import { BarList, ColumnChart, RateRing } from './charts';
import { formatDate, formatDayKey, formatHours, formatNumber, formatRate } from './format';
import { ErrorState, SkeletonRows, useData } from './ui';

const PRIMARY = 'var(--lc-primary)';
const ACCENT = 'var(--lc-accent)';
const INFO = '#2f6fb3';

function Kpi({ label, value, hint, ring }: { label: string; value: string; hint?: string; ring?: { rate: number | null; color: string } }) {
  return (
    <div className="lc-card cs-kpi">
      {ring && <RateRing rate={ring.rate} label={label} color={ring.color} />}
      <div>
        <p className="cs-kpi-label">{label}</p>
        <p className="cs-kpi-value">{value}</p>
        {hint && <p className="lc-muted cs-small">{hint}</p>}
      </div>
    </div>
  );
}

/** Figures at a glance: the measures the province is judged on, for the agencies the officer oversees. */
export function Figures({ me }: { me: OfficerProfile }) {
  const [weeks, setWeeks] = useState(8);
  const [agency, setAgency] = useState('');
  const { data: s, error, loading, reload } = useData<Stats>(`/api/officer/stats${query({ weeks, agency: agency || undefined })}`);
  const many = me.figureAgencies.length > 1;

  return (
    <div className="cs-figures">
      <div className="cs-figures-head">
        <div>
          <h2>Số liệu</h2>
          <p className="lc-muted">
            {s ? `Từ ${formatDate(s.from)} đến ${formatDate(s.to)}` : ' '}
            {many && !agency ? (me.role === 'admin' ? ' · toàn tỉnh' : ` · ${me.figureAgencies.length} cơ quan`) : ''}
          </p>
        </div>
        <div className="cs-inline">
          {many && (
            <label className="cs-field cs-field--inline">
              <span>Cơ quan</span>
              <select value={agency} onChange={(e) => setAgency(e.target.value)}>
                <option value="">{me.role === 'admin' ? 'Toàn tỉnh' : 'Tất cả cơ quan trực thuộc'}</option>
                {me.figureAgencies.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="lc-chips" role="radiogroup" aria-label="Khoảng thời gian">
            {[4, 8, 12, 26].map((w) => (
              <button key={w} type="button" role="radio" aria-checked={weeks === w} className={`lc-chip${weeks === w ? ' lc-chip--on' : ''}`} onClick={() => setWeeks(w)}>
                {w} tuần
              </button>
            ))}
          </div>
        </div>
      </div>
      {error && <ErrorState error={error} onRetry={reload} />}
      {!s && loading && <SkeletonRows rows={4} label="Đang tải số liệu" />}
      {s && (
        <>
          <div className="cs-kpis">
            <Kpi
              label="Tỷ lệ hồ sơ đúng hạn"
              value={formatRate(s.dossiers.totals.onTimeRate)}
              hint={`${formatNumber(s.dossiers.totals.finishedOnTime)}/${formatNumber(s.dossiers.totals.finished)} hồ sơ hoàn thành đúng hạn`}
              ring={{ rate: s.dossiers.totals.onTimeRate, color: PRIMARY }}
            />
            <Kpi label="Hồ sơ đang quá hạn" value={formatNumber(s.dossiers.totals.openOverdue)} hint={`${formatNumber(s.dossiers.totals.overdue)} lượt trễ hạn trong kỳ`} />
            <Kpi label="Hồ sơ tiếp nhận" value={formatNumber(s.dossiers.totals.received)} hint={`${formatNumber(s.dossiers.totals.finished)} đã giải quyết xong`} />
            <Kpi
              label="Mức độ hài lòng"
              value={formatRate(s.satisfaction.satisfiedRate)}
              hint={s.satisfaction.ratings ? `${s.satisfaction.ratings} đánh giá, trung bình ${String(s.satisfaction.average).replace('.', ',')}/5` : 'Chưa có đánh giá trong kỳ'}
              ring={{ rate: s.satisfaction.satisfiedRate, color: ACCENT }}
            />
            <Kpi
              label="Thời gian trả lời phản ánh"
              value={formatHours(s.reports.totals.averageAnswerHours)}
              hint={`${formatNumber(s.reports.totals.answered)}/${formatNumber(s.reports.totals.received)} phản ánh đã trả lời · ${s.reports.totals.late} quá hạn`}
            />
          </div>

          <div className="cs-chart-grid">
            <div className="lc-card">
              <ColumnChart
                title="Hồ sơ theo tuần"
                labels={s.dossiers.perWeek.map((w) => formatDayKey(w.weekStart))}
                series={[
                  { name: 'Tiếp nhận', color: INFO },
                  { name: 'Hoàn thành', color: PRIMARY },
                  { name: 'Trễ hạn', color: 'var(--lc-danger)' },
                ]}
                values={[s.dossiers.perWeek.map((w) => w.received), s.dossiers.perWeek.map((w) => w.finished), s.dossiers.perWeek.map((w) => w.overdue)]}
                rate={{ name: 'Tỷ lệ đúng hạn', color: ACCENT, values: s.dossiers.perWeek.map((w) => w.onTimeRate) }}
              />
            </div>
            <div className="lc-card">
              <ColumnChart
                title="Phản ánh theo tuần"
                labels={s.reports.perWeek.map((w) => formatDayKey(w.weekStart))}
                series={[
                  { name: 'Tiếp nhận', color: INFO },
                  { name: 'Đã trả lời', color: PRIMARY },
                ]}
                values={[s.reports.perWeek.map((w) => w.received), s.reports.perWeek.map((w) => w.answered)]}
              />
            </div>
          </div>

          <div className="lc-card">
            <h3>Hồ sơ theo cơ quan</h3>
            {s.dossiers.perAgency.length === 0 ? (
              <p className="lc-muted">Chưa có hồ sơ trong kỳ.</p>
            ) : (
              <table className="cs-table">
                <thead>
                  <tr>
                    <th scope="col">Cơ quan</th>
                    <th scope="col">Tiếp nhận</th>
                    <th scope="col">Hoàn thành</th>
                    <th scope="col">Đúng hạn</th>
                    <th scope="col">Trễ hạn trong kỳ</th>
                    <th scope="col">Đang quá hạn</th>
                  </tr>
                </thead>
                <tbody>
                  {s.dossiers.perAgency.map((a) => (
                    <tr key={a.code}>
                      <th scope="row">{a.name}</th>
                      <td>{formatNumber(a.received)}</td>
                      <td>{formatNumber(a.finished)}</td>
                      <td>
                        <span className="cs-rate">
                          <span className="cs-bar-track" aria-hidden="true">
                            <span className="cs-bar-fill" style={{ width: `${(a.onTimeRate ?? 0) * 100}%`, background: PRIMARY }} />
                          </span>
                          {formatRate(a.onTimeRate)}
                        </span>
                      </td>
                      <td>{formatNumber(a.overdue)}</td>
                      <td className={a.openOverdue ? 'cs-danger-text' : ''}>{formatNumber(a.openOverdue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>

          <div className="cs-chart-grid">
            <div className="lc-card">
              <BarList
                title="Phản ánh theo nhóm"
                color={INFO}
                items={s.reports.byCategory.map((c) => ({ label: c.name, value: c.received, note: c.averageAnswerHours === null ? undefined : `trả lời TB ${formatHours(c.averageAnswerHours)}` }))}
              />
            </div>
            <div className="lc-card">
              <BarList
                title="Đánh giá của người dân"
                color={ACCENT}
                items={[5, 4, 3, 2, 1].map((star) => ({ label: `${star} sao`, value: s.satisfaction.distribution[star - 1] }))}
              />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
