import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Page } from '@contract/common';
import { EmptyState, ErrorState, Icon, PageShell, Section, SkeletonList, type IconName } from '@/shared/ui';
import { paths } from '@/shared/routes';
import { formatRelative } from '@/shared/format';
import { searchEverything, type SearchResults } from '../api';
import '../search.css';

interface Row {
  key: string;
  to: string;
  title: string;
  meta: string;
}

function Group({
  title,
  icon,
  result,
  rows,
  moreTo,
  onRetry,
}: {
  title: string;
  icon: IconName;
  result: PromiseSettledResult<Page<unknown>>;
  rows: (items: never[]) => Row[];
  moreTo: string;
  onRetry: () => void;
}) {
  if (result.status === 'rejected') {
    return (
      <Section title={title}>
        <ErrorState error={result.reason} onRetry={onRetry} compact />
      </Section>
    );
  }
  if (result.value.items.length === 0) return null;
  return (
    <Section title={`${title} (${result.value.total})`} moreTo={result.value.total > result.value.items.length ? moreTo : undefined}>
      <ul className="lc-link-list">
        {rows(result.value.items as never[]).map((r) => (
          <li key={r.key}>
            <Link to={r.to} className="lc-link-row">
              <Icon name={icon} className="lc-row-icon" />
              <span className="sr-text">
                <span className="sr-title">{r.title}</span>
                <span className="lc-muted sr-meta">{r.meta}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Search news, places, procedures and public reports at once, without caring about diacritics. */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [results, setResults] = useState<SearchResults | null>(null);
  const [loading, setLoading] = useState(false);
  /** Bumped by "Thử lại": the same words are searched again. */
  const [attempt, setAttempt] = useState(0);
  const retry = () => setAttempt((n) => n + 1);
  const input = useRef<HTMLInputElement>(null);
  const q = (params.get('q') ?? '').trim();

  useEffect(() => input.current?.focus(), []);

  // Typing settles for a moment before the search runs; the address keeps the query (back works).
  useEffect(() => {
    const t = window.setTimeout(() => {
      if (text.trim() !== q) setParams(text.trim() ? { q: text.trim() } : {}, { replace: true });
    }, 350);
    return () => window.clearTimeout(t);
  }, [text, q, setParams]);

  useEffect(() => {
    if (q.length < 2) {
      setResults(null);
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    searchEverything(q, ctrl.signal)
      .then((r) => !ctrl.signal.aborted && setResults(r))
      .finally(() => !ctrl.signal.aborted && setLoading(false));
    return () => ctrl.abort();
  }, [q, attempt]);

  const nothing =
    results &&
    Object.values(results).every((r) => r.status === 'fulfilled' && (r.value as Page<unknown>).items.length === 0);
  // Everything failed (no connection, server down): one message and one way to try again.
  const allFailed = results && Object.values(results).every((r) => r.status === 'rejected');

  return (
    <PageShell title="Tìm kiếm">
      <form className="sr-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <Icon name="search" size={20} />
        <label htmlFor="sr-q" className="lc-visually-hidden">
          Tìm tin tức, địa điểm, thủ tục, phản ánh
        </label>
        <input
          id="sr-q"
          ref={input}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Tin tức, địa điểm, thủ tục, phản ánh…"
          enterKeyHint="search"
          autoComplete="off"
        />
      </form>
      {q.length < 2 ? (
        <p className="lc-muted sr-hint">Gõ ít nhất 2 chữ; có dấu hay không dấu đều được, ví dụ “khai sinh”, “sa pa”, “chuyen doi so”.</p>
      ) : loading && (!results || allFailed) ? (
        <SkeletonList count={5} />
      ) : allFailed ? (
        <ErrorState error={results.news.status === 'rejected' ? results.news.reason : null} onRetry={retry} />
      ) : nothing ? (
        <EmptyState icon="search" title={`Không thấy kết quả cho “${q}”`} description="Hãy thử từ khác ngắn hơn, hoặc tìm trong từng mục ở trang chủ." />
      ) : results ? (
        <div aria-busy={loading}>
          <Group
            title="Thủ tục hành chính"
            icon="document"
            result={results.procedures}
            moreTo={paths.procedures}
            onRetry={retry}
            rows={(items: import('@contract/dossiers').ProcedureSummary[]) =>
              items.map((p) => ({ key: p.id, to: paths.procedure(p.id), title: p.name, meta: `${p.fieldLabel} · ${p.processingDays} ngày làm việc` }))
            }
          />
          <Group
            title="Tin tức"
            icon="news"
            result={results.news}
            moreTo={`${paths.news}?q=${encodeURIComponent(q)}`}
            onRetry={retry}
            rows={(items: import('@contract/news').NewsItem[]) =>
              items.map((n) => ({ key: n.id, to: paths.article(n.id), title: n.title, meta: formatRelative(n.publishedAt) }))
            }
          />
          <Group
            title="Địa điểm du lịch"
            icon="mountain"
            result={results.places}
            moreTo={paths.places}
            onRetry={retry}
            rows={(items: import('@contract/tourism').PlaceSummary[]) =>
              items.map((p) => ({ key: p.id, to: paths.place(p.id), title: p.name, meta: `${p.categoryLabel} · ${p.area}` }))
            }
          />
          <Group
            title="Phản ánh"
            icon="megaphone"
            result={results.feedback}
            moreTo={paths.feedback}
            onRetry={retry}
            rows={(items: import('@contract/feedback').FeedbackSummary[]) =>
              items.map((f) => ({ key: f.code, to: paths.feedbackItem(f.code), title: f.title, meta: `${f.statusLabel} · ${f.areaName ?? ''}` }))
            }
          />
        </div>
      ) : null}
    </PageShell>
  );
}
