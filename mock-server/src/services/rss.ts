/** RSS 2.0 writing: escaping and RFC 822 dates, kept apart from the route so they can be tested alone. */
import { VN_OFFSET_MS } from '../contract/vn-time.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `Fri, 27 Nov 2026 15:50:00 +0700`: RFC 822 (with a four-digit year, as RSS 2.0 readers expect). */
export function rfc822(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  return (
    `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0700`
  );
}

/** Escapes text for XML content and attributes, and drops characters XML 1.0 does not allow. */
export function xmlEscape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface RssItem {
  title: string;
  link: string;
  description: string;
  category: string;
  author: string;
  pubDate: number;
  guid: string;
  enclosure?: { url: string; type: string; length: number };
}

export interface RssChannel {
  title: string;
  link: string;
  selfUrl: string;
  description: string;
  lastBuildDate: number;
  items: RssItem[];
}

export function renderRss(ch: RssChannel): string {
  const e = xmlEscape;
  const items = ch.items
    .map(
      (i) => `    <item>
      <title>${e(i.title)}</title>
      <link>${e(i.link)}</link>
      <description>${e(i.description)}</description>
      <category>${e(i.category)}</category>
      <dc:creator>${e(i.author)}</dc:creator>
      <pubDate>${rfc822(i.pubDate)}</pubDate>
      <guid isPermaLink="true">${e(i.guid)}</guid>${
        i.enclosure
          ? `\n      <enclosure url="${e(i.enclosure.url)}" length="${i.enclosure.length}" type="${e(i.enclosure.type)}"/>`
          : ''
      }
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${e(ch.title)}</title>
    <link>${e(ch.link)}</link>
    <atom:link href="${e(ch.selfUrl)}" rel="self" type="application/rss+xml"/>
    <description>${e(ch.description)}</description>
    <language>vi</language>
    <lastBuildDate>${rfc822(ch.lastBuildDate)}</lastBuildDate>
    <ttl>30</ttl>
${items}
  </channel>
</rss>
`;
}
