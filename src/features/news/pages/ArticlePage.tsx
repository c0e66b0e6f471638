import { Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilState, useRecoilValue } from 'recoil';
import type { Article } from '@contract/news';
import { AsyncBoundary, EmptyState, Icon, PageShell, Section, Skeleton } from '@/shared/ui';
import { formatRelative } from '@/shared/format';
import { formatDateTime } from '@/shared/format/date';
import { paths } from '@/shared/routes';
import { useSavedItem } from '@/shared/saved';
import { share, showToast } from '@/shared/zalo';
import { apiUrl, errorMessage } from '@/shared/api';
import { READER_TEXT_SIZES, articleQuery, readerTextSizeState } from '../state';
import { ArticleBlocks } from '../components/ArticleBlocks';
import { NewsCard } from '../components/NewsCard';
import '../components/news.css';

function TextSizeControl() {
  const [size, setSize] = useRecoilState(readerTextSizeState);
  const i = Math.max(0, READER_TEXT_SIZES.indexOf(size as (typeof READER_TEXT_SIZES)[number]));
  return (
    <div className="article-textsize" role="group" aria-label="Cỡ chữ bài viết">
      <span className="lc-muted">Cỡ chữ</span>
      <button type="button" className="lc-button lc-button--secondary" aria-label="Chữ nhỏ hơn" disabled={i === 0} onClick={() => setSize(READER_TEXT_SIZES[i - 1])}>
        A−
      </button>
      <output aria-live="polite">{Math.round(size * 100)}%</output>
      <button
        type="button"
        className="lc-button lc-button--secondary"
        aria-label="Chữ lớn hơn"
        disabled={i === READER_TEXT_SIZES.length - 1}
        onClick={() => setSize(READER_TEXT_SIZES[i + 1])}
      >
        A+
      </button>
    </div>
  );
}

function ArticleActions({ id, onTextSize }: { id: string; onTextSize: () => void }) {
  const article = useRecoilValue(articleQuery(id));
  const { saved, toggle } = useSavedItem('news', id);
  if (!article) return null;
  const onSave = () => {
    const nowSaved = toggle({ title: article.title, subtitle: article.sourceName, imageUrl: article.imageUrl });
    void showToast(nowSaved ? 'Đã lưu bài viết. Xem lại trong Cá nhân › Đã lưu.' : 'Đã bỏ lưu bài viết.');
  };
  const onShare = async () => {
    try {
      const outcome = await share({ title: article.title, text: article.summary, path: paths.article(article.id), url: article.appUrl, imageUrl: article.imageUrl ? apiUrl(article.imageUrl) : null });
      if (outcome === 'copied') void showToast('Đã sao chép liên kết bài viết.');
    } catch (e) {
      void showToast(errorMessage(e));
    }
  };
  return (
    <>
      <button type="button" className="lc-icon-button" aria-label="Cỡ chữ" onClick={onTextSize}>
        <Icon name="text" />
      </button>
      <button type="button" className="lc-icon-button" aria-label={saved ? 'Bỏ lưu bài viết' : 'Lưu bài viết'} aria-pressed={saved} onClick={onSave}>
        <Icon name="bookmark" className={saved ? 'article-saved-icon' : undefined} />
      </button>
      <button type="button" className="lc-icon-button" aria-label="Chia sẻ" onClick={onShare}>
        <Icon name="share" />
      </button>
    </>
  );
}

function ArticleView({ article }: { article: Article }) {
  const size = useRecoilValue(readerTextSizeState);
  return (
    <article className="article" style={{ '--reader-scale': size } as React.CSSProperties}>
      <p className="article-kicker">
        <Link to={`${paths.news}?source=${article.sourceId}`} className="article-source">
          {article.sourceName}
        </Link>
        <span aria-hidden="true"> · </span>
        <Link to={`${paths.news}?category=${article.category}`}>{article.categoryLabel}</Link>
      </p>
      <h2 className="article-title">{article.title}</h2>
      <p className="article-meta lc-muted">
        {article.author} · <time dateTime={article.publishedAt}>{formatRelative(article.publishedAt)}</time> ({formatDateTime(article.publishedAt)}) ·{' '}
        {article.readingMinutes} phút đọc
      </p>
      <p className="article-summary">{article.summary}</p>
      <ArticleBlocks blocks={article.blocks} />
    </article>
  );
}

function ArticleContent({ id }: { id: string }) {
  const article = useRecoilValue(articleQuery(id));
  if (!article) {
    return (
      <EmptyState
        icon="news"
        title="Không tìm thấy bài viết"
        description="Bài viết này không còn hoặc đường dẫn chưa đúng. Mời bạn xem các tin mới nhất."
        action={
          <Link to={paths.news} className="lc-button">
            Xem tin mới
          </Link>
        }
      />
    );
  }
  return (
    <>
      <ArticleView article={article} />
      {article.related.length > 0 && (
        <Section title="Tin liên quan">
          <ul className="news-list">
            {article.related.map((r) => (
              <li key={r.id}>
                <NewsCard item={r} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Link to={`${paths.news}?source=${article.sourceId}`} className="lc-button lc-button--secondary lc-button--block news-more-from">
        Xem thêm tin từ {article.sourceName}
      </Link>
    </>
  );
}

function ArticleSkeleton() {
  return (
    <div role="status" aria-label="Đang tải bài viết" className="article-skeleton">
      <Skeleton width="40%" height={14} />
      <Skeleton height={28} />
      <Skeleton width="80%" height={28} />
      <Skeleton width="60%" height={14} />
      <Skeleton height={200} radius={12} />
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} height={16} width={i % 2 ? '85%' : '100%'} />
      ))}
    </div>
  );
}

/** The reader: title, source, time, the body blocks, related articles; text size, save, share. */
export default function ArticlePage() {
  const { id = '' } = useParams();
  const refresh = useRecoilRefresher_UNSTABLE(articleQuery(id));
  const [showSize, setShowSize] = useState(false);
  return (
    <PageShell
      title="Đọc tin"
      onRefresh={async () => refresh()}
      actions={
        <AsyncBoundary fallback={null} silent>
          <Suspense fallback={null}>
            <ArticleActions id={id} onTextSize={() => setShowSize((v) => !v)} />
          </Suspense>
        </AsyncBoundary>
      }
    >
      {showSize && <TextSizeControl />}
      <AsyncBoundary fallback={<ArticleSkeleton />} onRetry={refresh} key={id}>
        <ArticleContent id={id} />
      </AsyncBoundary>
    </PageShell>
  );
}
