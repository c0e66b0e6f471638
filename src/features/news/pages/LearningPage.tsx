import { Suspense, useEffect, useRef } from 'react';
import { useRecoilCallback, useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { newsCategoryLabel, type NewsSource } from '@contract/news';
import { AsyncBoundary, Chips, Icon, PageShell, Skeleton, SkeletonList } from '@/shared/ui';
import type { FeedFilter } from '../api';
import { feedVersionState, newsPageQuery, newsSourcesQuery } from '../state';
import { FeedList } from '../components/FeedList';
import { useFeedFilterParams } from '../filterParams';
import { centerSelectedInRow } from '../components/centerInRow';
import '../components/news.css';

const ONE_TOUCH = 'one-touch';
/** What learning means on the other sources: their education and digital-skills articles. */
const LEARNING_TOPICS = ['giao-duc', 'chuyen-doi-so'];

interface LearningSource {
  source: NewsSource;
  topics: string[];
}

/** One Touch first, then the sources that also write about learning; each with its own topics. */
function learningSources(all: NewsSource[]): LearningSource[] {
  return all
    .map((source) => ({ source, topics: source.id === ONE_TOUCH ? source.categories : source.categories.filter((c) => LEARNING_TOPICS.includes(c)) }))
    .filter(({ source, topics }) => source.id === ONE_TOUCH || topics.length > 0)
    .sort((a, b) => Number(b.source.id === ONE_TOUCH) - Number(a.source.id === ONE_TOUCH));
}

function Filters({ sources, chosen, category, onChange }: { sources: LearningSource[]; chosen: LearningSource; category: string; onChange: (f: Partial<FeedFilter>) => void }) {
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    box.current?.querySelectorAll<HTMLElement>('.lc-chips, .news-tabs').forEach((row) => centerSelectedInRow(row));
  }, [chosen, category]);
  // One Touch is all about learning: all of it, or one topic. Elsewhere only the learning topics.
  const tabs = [...(chosen.source.id === ONE_TOUCH ? [{ id: '', label: 'Tất cả' }] : []), ...chosen.topics.map((id) => ({ id, label: newsCategoryLabel(id) }))];
  return (
    <div ref={box}>
      <div className="lc-card news-learning-intro">
        <span className="news-learning-icon" aria-hidden="true">
          <Icon name="play" size={22} />
        </span>
        <p>{chosen.source.description}</p>
      </div>
      <Chips
        label="Nguồn"
        value={chosen.source.id}
        onChange={(id) => onChange({ source: id === ONE_TOUCH ? '' : id, category: '' })}
        options={sources.map((s) => ({ value: s.source.id as string, label: s.source.shortName }))}
      />
      <div className="news-tabs" role="tablist" aria-label="Chủ đề">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={category === t.id}
            className={`news-tab${category === t.id ? ' news-tab--on' : ''}`}
            onClick={() => onChange({ category: t.id })}
          >
            {t.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The sources, then the chosen one's topics and articles. */
function LearningContent({ source, category, version, onChange }: { source: string; category: string; version: number; onChange: (f: Partial<FeedFilter>) => void }) {
  const { items } = useRecoilValue(newsSourcesQuery);
  const sources = learningSources(items);
  const chosen = sources.find((s) => s.source.id === source) ?? sources[0];
  const topic = chosen.topics.includes(category) ? category : chosen.source.id === ONE_TOUCH ? '' : chosen.topics[0];
  const filter: FeedFilter = { source: chosen.source.id, category: topic, q: '' };
  return (
    <>
      <Filters sources={sources} chosen={chosen} category={topic} onChange={onChange} />
      <Suspense fallback={<SkeletonList count={5} withImage />}>
        <FeedList key={`${filter.source}|${filter.category}|${version}`} filter={filter} version={version} onClear={() => onChange({ source: '', category: '' })} />
      </Suspense>
    </>
  );
}

function FiltersSkeleton() {
  return (
    <div aria-hidden="true">
      <Skeleton height={72} radius={14} />
      <div className="news-filters-skeleton">
        {[96, 84, 110].map((w, i) => (
          <Skeleton key={i} width={w} height={34} radius={17} />
        ))}
      </div>
    </div>
  );
}

/**
 * Học trực tuyến: the province's One Touch learning platform's news (courses, timetables, digital
 * skills), by its topics, and the education news of the other sources beside it.
 */
export default function LearningPage() {
  const [params, onChange] = useFeedFilterParams();
  const source = params.get('source') || ONE_TOUCH;
  const category = params.get('category') ?? '';
  const version = useRecoilValue(feedVersionState);
  const refreshSources = useRecoilRefresher_UNSTABLE(newsSourcesQuery);


  // Pull to refresh: the sources and the feed under a new version (pages shown stay until replaced).
  const refresh = useRecoilCallback(
    ({ snapshot, set }) =>
      async () => {
        const v = (await snapshot.getPromise(feedVersionState)) + 1;
        await snapshot.getPromise(newsPageQuery({ source, category, q: '', page: 1, version: v })).catch(() => undefined);
        set(feedVersionState, v);
      },
    [source, category],
  );

  return (
    <PageShell title="Học trực tuyến" onRefresh={refresh}>
      <AsyncBoundary fallback={<FiltersSkeleton />} onRetry={refreshSources}>
        <LearningContent source={source} category={category} version={version} onChange={onChange} />
      </AsyncBoundary>
    </PageShell>
  );
}
