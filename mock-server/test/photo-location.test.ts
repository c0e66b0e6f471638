import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';
import { withoutLocation } from '../src/services/photo-location.js';

/**
 * An Exif TIFF block as phones write it: IFD0 with the orientation (6: turned right) and a pointer
 * to the GPS directory, which holds 22°29'45.12"N 103°58'12.34"E (rationals stored out of line).
 */
function exifTiff(le: boolean): Buffer {
  const b = Buffer.alloc(160);
  const u16 = (o: number, v: number) => (le ? b.writeUInt16LE(v, o) : b.writeUInt16BE(v, o));
  const u32 = (o: number, v: number) => (le ? b.writeUInt32LE(v, o) : b.writeUInt32BE(v, o));
  b.write(le ? 'II' : 'MM', 0, 'latin1');
  u16(2, 42);
  u32(4, 8);
  // IFD0 at 8: two entries, then the next-IFD offset (0).
  u16(8, 2);
  // Orientation SHORT 6, then GPSInfo LONG → 38.
  for (const [o, v, w] of [[10, 0x0112, 16], [12, 3, 16], [14, 1, 32], [18, 6, 16], [22, 0x8825, 16], [24, 4, 16], [26, 1, 32], [30, 38, 32]]) {
    if (w === 16) u16(o, v);
    else u32(o, v);
  }
  u32(34, 0);
  // GPS IFD at 38: four entries, next-IFD 0, values from 92.
  u16(38, 4);
  const entry = (i: number, tag: number, type: number, count: number, value: number | string) => {
    const e = 40 + i * 12;
    u16(e, tag);
    u16(e + 2, type);
    u32(e + 4, count);
    if (typeof value === 'string') b.write(value, e + 8, 'latin1');
    else u32(e + 8, value);
  };
  entry(0, 1, 2, 2, 'N\0');
  entry(1, 2, 5, 3, 92);
  entry(2, 3, 2, 2, 'E\0');
  entry(3, 4, 5, 3, 116);
  u32(88, 0);
  const rationals = [22, 1, 29, 1, 4512, 100, 103, 1, 58, 1, 1234, 100];
  rationals.forEach((v, i) => u32(92 + i * 4, v));
  return b.subarray(0, 140);
}

/** The seconds of latitude and longitude as stored: what must not survive. */
const secondsOf = (le: boolean) => {
  const b = Buffer.alloc(8);
  if (le) {
    b.writeUInt32LE(4512, 0);
    b.writeUInt32LE(100, 4);
  } else {
    b.writeUInt32BE(4512, 0);
    b.writeUInt32BE(100, 4);
  }
  return b;
};

const jpegWith = (tiff: Buffer) => {
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const len = Buffer.alloc(2);
  len.writeUInt16BE(payload.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), len, payload, Buffer.from([0xff, 0xd9])]);
};

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
function pngChunk(type: string, data: Buffer) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
  return Buffer.concat([head, data, crc]);
}
/** Every chunk's checksum still matches its bytes. */
function pngChunksValid(png: Buffer) {
  for (let p = 8; p + 12 <= png.length; ) {
    const size = png.readUInt32BE(p);
    if ((crc32(png.subarray(p + 4, p + 8 + size)) >>> 0) !== png.readUInt32BE(p + 8 + size)) return false;
    p += 12 + size;
  }
  return true;
}

const webpWith = (tiff: Buffer) => {
  const chunk = (type: string, data: Buffer) => {
    const h = Buffer.alloc(8);
    h.write(type, 0, 'latin1');
    h.writeUInt32LE(data.length, 4);
    return Buffer.concat([h, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), chunk('VP8X', Buffer.from([0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0])), chunk('EXIF', tiff)]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
};

/** An iPhone-like HEIC: `ftyp heic`, then the Exif item (a 4-byte offset, "Exif\0\0", TIFF) and an XMP packet. */
const heicWith = (tiff: Buffer, xmp: string) => {
  const box = (type: string, data: Buffer) => {
    const h = Buffer.alloc(8);
    h.writeUInt32BE(data.length + 8);
    h.write(type, 4, 'latin1');
    return Buffer.concat([h, data]);
  };
  const ftyp = box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1'));
  const item = Buffer.concat([Buffer.from([0, 0, 0, 6]), Buffer.from('Exif\0\0', 'latin1'), tiff, Buffer.from(xmp, 'utf8')]);
  return Buffer.concat([ftyp, box('mdat', item)]);
};

const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="22,29.752N" exif:GPSLongitude="103,58.205E"/></x:xmpmeta>';

describe('the location in a photo', () => {
  it('is taken out of JPEG Exif in either byte order; orientation and length stay', () => {
    for (const le of [true, false]) {
      const jpeg = jpegWith(exifTiff(le));
      expect(jpeg.includes(secondsOf(le))).toBe(true);
      const clean = withoutLocation(jpeg, 'image/jpeg');
      expect(clean.length).toBe(jpeg.length);
      expect(clean.includes(secondsOf(le))).toBe(false);
      expect(clean.includes(Buffer.from('N\0', 'latin1'), 12 + 40)).toBe(false);
      // The orientation entry is untouched, and so is the rest of the file.
      expect(clean.subarray(0, 12 + 22).equals(jpeg.subarray(0, 12 + 22))).toBe(true);
      expect(clean.subarray(-2).equals(Buffer.from([0xff, 0xd9]))).toBe(true);
      // The original is left as it was.
      expect(jpeg.includes(secondsOf(le))).toBe(true);
    }
  });

  it('is taken out of PNG eXIf with the chunk checksum made again, of WebP EXIF, and of HEIC Exif and XMP', () => {
    const png = Buffer.concat([PNG.subarray(0, 33), pngChunk('eXIf', exifTiff(false)), PNG.subarray(33)]);
    expect(pngChunksValid(png)).toBe(true);
    const cleanPng = withoutLocation(png, 'image/png');
    expect(cleanPng.includes(secondsOf(false))).toBe(false);
    expect(cleanPng.length).toBe(png.length);
    expect(pngChunksValid(cleanPng)).toBe(true);

    const webp = webpWith(exifTiff(true));
    const cleanWebp = withoutLocation(webp, 'image/webp');
    expect(cleanWebp.includes(secondsOf(true))).toBe(false);
    expect(cleanWebp.length).toBe(webp.length);

    const heic = heicWith(exifTiff(false), XMP);
    const cleanHeic = withoutLocation(heic, 'image/heic');
    expect(cleanHeic.includes(secondsOf(false))).toBe(false);
    expect(cleanHeic.includes('GPSLatitude')).toBe(false);
    expect(cleanHeic.length).toBe(heic.length);
  });

  it('leaves a file without a location, a PDF and a damaged Exif block as they are', () => {
    expect(withoutLocation(PNG, 'image/png').equals(PNG)).toBe(true);
    const pdf = Buffer.from('%PDF-1.4 Exif\0\0MM\0*\0\0\0\x08');
    expect(withoutLocation(pdf, 'application/pdf').equals(pdf)).toBe(true);
    const broken = jpegWith(Buffer.from('MM\0*\xff\xff\xff\xff', 'latin1'));
    expect(withoutLocation(broken, 'image/jpeg').equals(broken)).toBe(true);
  });
});

describe('photos of a public report', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('are served to everyone without the place the sender stood', async () => {
    const token = await s.signIn('photo-sender');
    const jpeg = jpegWith(exifTiff(true));
    const fd = new FormData();
    fd.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'o-ga.jpg');
    const up = await s.api('/api/uploads', { method: 'POST', token, body: fd });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ contentType: 'image/jpeg', size: jpeg.length });
    const report = await s.api('/api/feedback', {
      method: 'POST',
      token,
      headers: { 'idempotency-key': `photo-location-${Date.now()}` },
      json: {
        categoryId: 'giao-thong',
        title: 'Ổ gà trước cổng trường',
        content: 'Ổ gà sâu ngay trước cổng trường, học sinh đi xe đạp dễ ngã.',
        location: { lat: 22.4856, long: 103.9707 },
        photoIds: [up.body.id],
      },
    });
    expect(report.status).toBe(201);
    const url = report.body.photos[0].url as string;
    const served = await fetch(s.url + url);
    expect(served.status).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.length).toBe(jpeg.length);
    expect(bytes.includes(secondsOf(true))).toBe(false);
  });
});
