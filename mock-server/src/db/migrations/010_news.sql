-- News from the province's sources, and the provincial TV channels.
CREATE TABLE news_sources (
  id TEXT PRIMARY KEY,            -- 'bao-lao-cai', 'cong-thong-tin', 'truyen-hinh', 'du-lich', 'one-touch'
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  description TEXT NOT NULL,
  kind TEXT NOT NULL,             -- newspaper | portal | tv | tourism | learning
  color TEXT NOT NULL,            -- brand colour for the source chip
  sort INTEGER NOT NULL
);

CREATE TABLE news_articles (
  id TEXT PRIMARY KEY,            -- a readable slug with a number, stable across reseeding
  source_id TEXT NOT NULL REFERENCES news_sources(id),
  category TEXT NOT NULL,         -- 'thoi-su', 'kinh-te', ... (contract/news.ts)
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  image_url TEXT,                 -- relative: /media/news/<file>.svg
  image_alt TEXT,
  author TEXT NOT NULL,
  published_at INTEGER NOT NULL,  -- epoch ms
  blocks TEXT NOT NULL,           -- JSON array of typed blocks, never HTML
  reading_minutes INTEGER NOT NULL,
  title_fold TEXT NOT NULL,       -- foldVietnamese(title)
  text_fold TEXT NOT NULL         -- foldVietnamese(summary + body text)
);
CREATE INDEX news_articles_published ON news_articles(published_at DESC);
CREATE INDEX news_articles_source ON news_articles(source_id, published_at DESC);
CREATE INDEX news_articles_category ON news_articles(category, published_at DESC);

CREATE TABLE tv_channels (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  description TEXT NOT NULL,
  stream_url TEXT NOT NULL,       -- relative: /media/tv/<file>
  stream_type TEXT NOT NULL,      -- MIME type of the stream
  poster_url TEXT NOT NULL,
  sort INTEGER NOT NULL
);
