import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { QR_KINDS, QrImageParams, QrImageQuery, QrResolution, QrResolveQuery, type QrItemKind } from '../contract/qr.js';
import { notFound } from '../plugins/errors.js';
import { parseQrPayload, qrPayloadFor } from '../services/qr-payload.js';
import { itemForProvinceLink, listQrItems, qrItemExists } from '../services/qr-items.js';
import { isReceiptKey, receiptKeyFor, receiptSecretFor } from '../services/receipts.js';

const KIND_TITLES: Record<QrItemKind, string> = {
  dossier: 'Hồ sơ thủ tục hành chính',
  feedback: 'Phản ánh',
  news: 'Tin bài',
  place: 'Địa điểm du lịch',
  tour: 'Tour du lịch',
  appointment: 'Lịch hẹn',
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export default async function qrRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = ctx;
  const receiptSecret = receiptSecretFor(db);
  const payloadFor = (kind: QrItemKind, id: string, key?: string) => qrPayloadFor(kind, id, config, key);

  r.get('/api/qr/resolve', { schema: { querystring: QrResolveQuery, response: { 200: QrResolution } } }, async (request) => {
    const parsed = parseQrPayload(request.query.data, (url) => itemForProvinceLink(db, url));
    if (parsed.kind === 'url') return { kind: 'url' as const, id: parsed.id, found: false, domain: parsed.domain };
    if (parsed.kind === 'unknown') return { kind: 'unknown' as const, id: parsed.id, found: false };
    // A receipt's key is handed on to the dossier page, which checks it.
    return { kind: parsed.kind, id: parsed.id, found: qrItemExists(db, parsed.kind, parsed.id), ...(parsed.key ? { key: parsed.key } : {}) };
  });

  r.get('/api/qr/:kind/:id.svg', { schema: { params: QrImageParams, querystring: QrImageQuery } }, async (request, reply) => {
    const { kind, id } = request.params;
    const { key } = request.query;
    // A dossier's QR code is its receipt's: drawn only for whoever holds the receipt key.
    const receipt = kind === 'dossier';
    if (!qrItemExists(db, kind, id) || (receipt && !isReceiptKey(receiptSecret, id, key))) throw notFound('Không có mục này để tạo mã QR.');
    const svg = await QRCode.toString(payloadFor(kind, id, receipt ? key : undefined), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return reply
      .type('image/svg+xml; charset=utf-8')
      .header('Cache-Control', receipt ? 'private, max-age=86400' : 'public, max-age=86400')
      .send(svg);
  });

  /**
   * A printable page of QR codes for the seeded records, for testers with phones. Drawn once and
   * kept until the records change (60 QR codes take a while to draw), and tagged for 304s. When the
   * server runs for real it shows no dossiers: their QR codes are receipts, for their owners only.
   */
  // Appointments are personal tickets: never on the sheet.
  const sheetKinds = QR_KINDS.filter((kind) => kind !== 'appointment' && !(config.production && kind === 'dossier'));
  let kept: { fingerprint: string; html: string; etag: string } | null = null;
  const fingerprintOfItems = () => JSON.stringify(sheetKinds.map((kind) => listQrItems(db, kind, 12)));

  app.get('/qr-sheet', async (request, reply) => {
    const fingerprint = fingerprintOfItems();
    if (kept?.fingerprint !== fingerprint) {
      const html = await drawSheet();
      kept = { fingerprint, html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"` };
    }
    reply.header('Cache-Control', 'no-cache').header('ETag', kept.etag);
    if (request.headers['if-none-match'] === kept.etag) return reply.code(304).send();
    return reply.type('text/html; charset=utf-8').send(kept.html);
  });

  async function drawSheet(): Promise<string> {
    const groups = await Promise.all(
      sheetKinds.map(async (kind) => ({
        kind,
        items: await Promise.all(
          listQrItems(db, kind, 12).map(async (item) => ({
            ...item,
            svg: await QRCode.toString(payloadFor(kind, item.id, kind === 'dossier' ? receiptKeyFor(receiptSecret, item.id) : undefined), {
              type: 'svg',
              errorCorrectionLevel: 'M',
              margin: 1,
            }),
          })),
        ),
      })),
    );
    const sections = groups
      .filter((g) => g.items.length > 0)
      .map(
        (g) => `<section><h2>${KIND_TITLES[g.kind]}</h2><div class="grid">${g.items
          .map(
            (i) =>
              `<figure>${i.svg}<figcaption><strong>${escapeHtml(i.label)}</strong>${i.label !== i.id ? `<br><code>${escapeHtml(i.id)}</code>` : ''}</figcaption></figure>`,
          )
          .join('')}</div></section>`,
      )
      .join('');
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bảng mã QR thử nghiệm — Lào Cai số</title>
<style>body{font-family:system-ui,sans-serif;margin:24px;color:#1d2733}h1{font-size:22px}h2{font-size:18px;border-bottom:2px solid #1b6b45;padding-bottom:4px;margin-top:28px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:16px}figure{margin:0;padding:8px;border:1px solid #d5dbe0;border-radius:8px;break-inside:avoid;text-align:center}
figure svg{width:150px;height:150px}figcaption{font-size:12px;line-height:1.35;word-break:break-word}code{font-size:11px}@media print{body{margin:8mm}.hint{display:none}}</style></head>
<body><h1>Bảng mã QR thử nghiệm — Lào Cai số</h1><p class="hint">Mở Lào Cai số, chọn “Quét QR” rồi quét một mã bên dưới: ứng dụng sẽ mở đúng hồ sơ, phản ánh, tin bài, địa điểm hoặc tour. In trang này để thử bằng điện thoại.</p>
${sections || '<p>Chưa có dữ liệu mẫu nào để tạo mã.</p>'}</body></html>`;
    return html;
  }
}
