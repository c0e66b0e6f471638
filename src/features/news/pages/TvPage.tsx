import { useEffect, useRef, useState } from 'react';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import type { Programme, TvChannel } from '@contract/tv';
import { AsyncBoundary, Icon, PageShell, Skeleton, SkeletonList } from '@/shared/ui';
import { apiUrl } from '@/shared/api';
import { formatDayLabel, formatTime } from '@/shared/format';
import { tvChannelsQuery, tvScheduleQuery } from '../state';
import { ProgrammeList, onAir } from '../components/ProgrammeList';
import { useNow } from '../components/useNow';
import { centerSelectedInRow } from '../components/centerInRow';
import '../components/news.css';

function Player({ channel }: { channel: TvChannel }) {
  const video = useRef<HTMLVideoElement | null>(null);
  const [failed, setFailed] = useState(false);
  const retry = () => {
    setFailed(false);
    video.current?.load();
    void video.current?.play().catch(() => undefined);
  };
  return (
    <div className="tv-player">
      <video
        ref={video}
        src={apiUrl(channel.streamUrl)}
        poster={apiUrl(channel.posterUrl)}
        autoPlay
        muted
        loop
        playsInline
        controls
        preload="auto"
        aria-label={`Kênh ${channel.name} đang phát trực tiếp`}
        onError={() => setFailed(true)}
        data-testid="tv-video"
      />
      <span className="tv-live-badge">● Trực tiếp</span>
      {failed && (
        <div className="tv-player-error" role="alert">
          <p>Chưa phát được kênh. Hãy kiểm tra kết nối mạng.</p>
          <button type="button" className="lc-button" onClick={retry}>
            <Icon name="refresh" size={18} /> Thử lại
          </button>
        </div>
      )}
    </div>
  );
}

function progressOf(p: Programme, now: number) {
  const start = Date.parse(p.start);
  const end = Date.parse(p.end);
  return Math.min(100, Math.max(0, ((now - start) / (end - start)) * 100));
}

/** "Đang phát" and "Tiếp theo", from today's schedule, moving on as time passes. */
function NowNext({ channel, now }: { channel: TvChannel; now: number }) {
  const today = useRecoilValue(tvScheduleQuery({ channel: channel.id, date: null }));
  const refreshToday = useRecoilRefresher_UNSTABLE(tvScheduleQuery({ channel: channel.id, date: null }));
  const found = onAir(today.items, now);
  const current = found.current ?? channel.nowPlaying;
  const next = found.current ? found.next ?? channel.next : channel.next;
  // Past midnight the day's schedule has run out: ask the server for the new day.
  const lastEnd = today.items.length ? Date.parse(today.items[today.items.length - 1].end) : 0;
  useEffect(() => {
    if (lastEnd && now >= lastEnd) refreshToday();
  }, [now, lastEnd, refreshToday]);
  if (!current) return null;
  return (
    <div className="tv-nownext lc-card">
      <p className="tv-label">Đang phát</p>
      <p className="tv-now-title" data-testid="tv-now-title">
        {current.title}
      </p>
      <p className="lc-muted tv-now-time">
        {formatTime(current.start)} – {formatTime(current.end)} · {current.category}
      </p>
      <div
        className="tv-progress"
        role="progressbar"
        aria-label="Thời lượng đã phát"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progressOf(current, now))}
      >
        <span style={{ width: `${progressOf(current, now)}%` }} />
      </div>
      {next && (
        <p className="tv-next">
          <span className="tv-label">Tiếp theo</span> <strong>{formatTime(next.start)}</strong> {next.title}
        </p>
      )}
    </div>
  );
}

function DaySchedule({ channelId, date, now }: { channelId: string; date: string; now: number }) {
  const schedule = useRecoilValue(tvScheduleQuery({ channel: channelId, date }));
  return <ProgrammeList items={schedule.items} now={now} />;
}

function Schedule({ channel, now }: { channel: TvChannel; now: number }) {
  const today = useRecoilValue(tvScheduleQuery({ channel: channel.id, date: null }));
  const [date, setDate] = useState(today.date);
  const refresh = useRecoilRefresher_UNSTABLE(tvScheduleQuery({ channel: channel.id, date }));
  // Keep the chosen day visible in the sideways-scrolling row (today sits in the middle of it).
  const tabsRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    centerSelectedInRow(tabsRef.current);
  }, [date]);
  return (
    <section className="lc-section" aria-labelledby="tv-schedule-title">
      <div className="lc-section-head">
        <h2 className="lc-section-title" id="tv-schedule-title">
          Lịch phát sóng
        </h2>
      </div>
      <div ref={tabsRef} className="news-tabs tv-days" role="tablist" aria-label="Chọn ngày">
        {today.availableDates.map((d) => (
          <button
            key={d}
            type="button"
            role="tab"
            aria-selected={d === date}
            className={`news-tab${d === date ? ' news-tab--on' : ''}`}
            onClick={() => setDate(d)}
          >
            {formatDayLabel(`${d}T12:00:00+07:00`, new Date(now))}
          </button>
        ))}
      </div>
      <AsyncBoundary key={date} fallback={<SkeletonList count={6} />} onRetry={refresh}>
        <DaySchedule channelId={channel.id} date={date} now={now} />
      </AsyncBoundary>
    </section>
  );
}

function TvContent() {
  const { items } = useRecoilValue(tvChannelsQuery);
  const now = useNow(15_000);
  const channel = items[0];
  if (!channel) return <p>Chưa có kênh truyền hình nào.</p>;
  return (
    <>
      <Player channel={channel} />
      <h2 className="tv-channel-name">{channel.name}</h2>
      <p className="lc-muted tv-channel-desc">{channel.description}</p>
      <AsyncBoundary fallback={<Skeleton height={120} radius={14} />} compact>
        <NowNext channel={channel} now={now} />
      </AsyncBoundary>
      <AsyncBoundary fallback={<SkeletonList count={6} />}>
        <Schedule channel={channel} now={now} />
      </AsyncBoundary>
    </>
  );
}

/** Truyền hình Lào Cai: the live channel, what is on now and next, and the week's schedule. */
export default function TvPage() {
  const refreshChannels = useRecoilRefresher_UNSTABLE(tvChannelsQuery);
  return (
    <PageShell title="Truyền hình Lào Cai" onRefresh={async () => refreshChannels()}>
      <AsyncBoundary
        onRetry={refreshChannels}
        fallback={
          <>
            <Skeleton height={200} radius={12} />
            <SkeletonList count={5} />
          </>
        }
      >
        <TvContent />
      </AsyncBoundary>
    </PageShell>
  );
}
