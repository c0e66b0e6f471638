import type { ArticleBlock } from '@contract/news';
import { apiUrl } from '@/shared/api';

/** The body of an article. Every block is rendered as text: the app never injects HTML. */
export function ArticleBlocks({ blocks }: { blocks: ArticleBlock[] }) {
  return (
    <div className="article-body">
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'paragraph':
            return <p key={i}>{b.text}</p>;
          case 'heading':
            return <h3 key={i}>{b.text}</h3>;
          case 'quote':
            return (
              <blockquote key={i}>
                <p>{b.text}</p>
                {b.cite && <footer>— {b.cite}</footer>}
              </blockquote>
            );
          case 'image':
            return (
              <figure key={i}>
                <img src={apiUrl(b.url)} alt={b.alt} loading="lazy" decoding="async" width={358} height={201} />
                <figcaption>{b.caption}</figcaption>
              </figure>
            );
          default:
            return null;
        }
      })}
    </div>
  );
}
