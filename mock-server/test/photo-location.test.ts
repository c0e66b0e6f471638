import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTypeFromBuffer } from 'file-type';
import { LocationNotRemovable, stillShowsLocation, withoutLocation } from '../src/services/photo-location.js';
import { JPEG_8x6, PNG_8x6, WEBP_8x6 } from './fixtures/images.js';
import {
  LOCATED,
  LOCATION_TEXT,
  exifTiff,
  jpegImagesIn,
  locatedHeic,
  locatedJpeg,
  locatedPng,
  locatedWebp,
  pngChunk,
  pngChunks,
  secondsOf,
  webpChunks,
} from './fixtures/located-images.js';
import { startServer, type TestServer } from './helpers.js';

/** Everything that would tell where the photo was taken, as bytes, hex (text profiles) or words. */
function leftovers(clean: Buffer, le: boolean[]): string[] {
  const found: string[] = [];
  for (const order of le) {
    if (clean.includes(secondsOf(order))) found.push(`GPS seconds (${order ? 'LE' : 'BE'})`);
    if (clean.toString('latin1').includes(secondsOf(order).toString('hex'))) found.push(`GPS seconds in hex (${order ? 'LE' : 'BE'})`);
  }
  const text = clean.toString('utf8');
  for (const words of LOCATION_TEXT) if (text.includes(words)) found.push(words);
  if (stillShowsLocation(clean)) found.push('a readable GPS directory');
  return found;
}

describe('the location in a picture', () => {
  it('is in every test picture to begin with', () => {
    for (const { type, file, le } of LOCATED) {
      const located = file();
      expect(leftovers(located, le).length, type).toBeGreaterThan(0);
      expect(stillShowsLocation(located), type).toBe(true);
    }
  });

  it('is taken out of JPEG: Exif in every image of the file, XMP wrapped or bare, extended XMP, IPTC; length and orientation stay', () => {
    const jpeg = locatedJpeg();
    const clean = withoutLocation(jpeg, 'image/jpeg');
    expect(leftovers(clean, [false, true])).toEqual([]);
    expect(clean.length).toBe(jpeg.length);
    expect(jpegImagesIn(clean)).toBe(2);
    // The orientation entry of the first Exif is untouched (IFD0 is 8 bytes into its TIFF).
    const tiff = clean.indexOf('Exif\0\0') + 6;
    expect(clean.readUInt16BE(tiff + 10)).toBe(0x0112);
    expect(clean.readUInt16BE(tiff + 18)).toBe(6);
    // The picture itself (quantisation and Huffman tables, scan) is the same bytes.
    const tables = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xdb, 0x00, 0x43])));
    const picture = tables(JPEG_8x6);
    expect(tables(clean).subarray(0, picture.length).equals(picture)).toBe(true);
    expect(clean.subarray(-54).equals(jpeg.subarray(-54))).toBe(true);
    // The original is left as it was.
    expect(jpeg.includes(secondsOf(false))).toBe(true);
  });

  it('leaves out what follows the last JPEG image (a motion photo’s video records the place too)', () => {
    const video = Buffer.concat([Buffer.from('\0\0\0\x18ftypmp42', 'latin1'), Buffer.from('\xa9xyz+22.4958+103.9702/', 'latin1')]);
    const clean = withoutLocation(Buffer.concat([JPEG_8x6, video]), 'image/jpeg');
    expect(clean.equals(JPEG_8x6)).toBe(true);
  });

  it('is taken out of PNG: eXIf scrubbed (checksum made again), every tEXt/zTXt/iTXt dropped, raw profiles included', () => {
    const png = locatedPng();
    expect(pngChunks(png).filter((c) => ['tEXt', 'zTXt', 'iTXt'].includes(c.type))).toHaveLength(7);
    const clean = withoutLocation(png, 'image/png');
    expect(leftovers(clean, [false, true])).toEqual([]);
    expect(clean.toString('latin1')).not.toMatch(/Raw profile|Nguyen Thi Mai|xmp/i);
    const chunks = pngChunks(clean);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'eXIf', ...pngChunks(PNG_8x6).map((c) => c.type).slice(1)]);
    expect(chunks.every((c) => c.valid)).toBe(true);
  });

  it('is taken out of WebP: EXIF and "XMP " chunks, the container left whole', () => {
    const webp = locatedWebp();
    const clean = withoutLocation(webp, 'image/webp');
    expect(leftovers(clean, [true])).toEqual([]);
    expect(clean.length).toBe(webp.length);
    expect(webpChunks(clean)).toEqual({ chunks: ['VP8X', 'ICCP', 'VP8 ', 'EXIF', 'XMP '], sizeMatches: true });
  });

  it('is taken out of HEIC: the Exif item and the XMP item, in mdat or in idat', async () => {
    for (const xmpInIdat of [false, true]) {
      const heic = locatedHeic({ xmpInIdat });
      expect((await fileTypeFromBuffer(heic))?.mime).toBe('image/heic');
      const clean = withoutLocation(heic, 'image/heic');
      expect(leftovers(clean, [false]), String(xmpInIdat)).toEqual([]);
      expect(clean.length).toBe(heic.length);
      // The picture's own bytes are untouched.
      expect(clean.includes(Buffer.alloc(64, 0x5a))).toBe(true);
    }
  });

  it('refuses what it cannot clean in place rather than publishing it', () => {
    const refused = (bytes: Buffer, type: string) => expect(() => withoutLocation(bytes, type), type).toThrow(LocationNotRemovable);
    // A HEIC whose items cannot be found, a JPEG cut in its middle, a PNG without IEND.
    const heic = locatedHeic();
    refused(Buffer.concat([heic.subarray(0, 24), Buffer.from('mdat'), heic.subarray(28)]), 'image/heic');
    refused(locatedJpeg().subarray(0, 60), 'image/jpeg');
    refused(locatedPng().subarray(0, 80), 'image/png');
    // A location in words somewhere the walk does not know (a comment segment): refused, not passed on.
    const comment = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, text.length + 2]), Buffer.from(text, 'latin1')]);
    refused(Buffer.concat([JPEG_8x6.subarray(0, 2), comment('GPSLatitude=22.4958'), JPEG_8x6.subarray(2)]), 'image/jpeg');
    // Thousands of Exif blocks are a file made to keep the server busy.
    const many = Buffer.concat(Array.from({ length: 300 }, () => Buffer.concat([Buffer.from([0xff, 0xe1, 0, 8 + 8]), Buffer.from('Exif\0\0MM\0*\0\0\0\x08', 'latin1')])));
    refused(Buffer.concat([JPEG_8x6.subarray(0, 2), many, JPEG_8x6.subarray(2)]), 'image/jpeg');
    // An XMP packet that never closes would mean blanking the picture itself.
    refused(Buffer.concat([JPEG_8x6.subarray(0, 2), comment('<x:xmpmeta exif:Make="x"'), JPEG_8x6.subarray(2)]), 'image/jpeg');
  });

  it('leaves a picture without a location, and a PDF, as they are', () => {
    expect(withoutLocation(JPEG_8x6, 'image/jpeg').equals(JPEG_8x6)).toBe(true);
    expect(withoutLocation(PNG_8x6, 'image/png').equals(PNG_8x6)).toBe(true);
    expect(withoutLocation(WEBP_8x6, 'image/webp').equals(WEBP_8x6)).toBe(true);
    const pdf = Buffer.from('%PDF-1.4 Exif\0\0MM\0*\0\0\0\x08');
    expect(withoutLocation(pdf, 'application/pdf').equals(pdf)).toBe(true);
  });

  it('zeroes an Exif block it cannot read rather than keep it', () => {
    const broken = Buffer.from(exifTiff(false));
    broken.writeUInt32BE(0xffff, 4); // IFD0 points outside the block
    const jpeg = Buffer.concat([JPEG_8x6.subarray(0, 2), Buffer.from([0xff, 0xe1, 0, broken.length + 8]), Buffer.from('Exif\0\0'), broken, JPEG_8x6.subarray(2)]);
    const clean = withoutLocation(jpeg, 'image/jpeg');
    expect(clean.includes(secondsOf(false))).toBe(false);
    expect(jpegImagesIn(clean)).toBe(1);
  });
});

/** A small, seeded random generator: the fuzz run is the same on every machine. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(file: Buffer, next: () => number): Buffer {
  const b = Buffer.from(file);
  const pick = (n: number) => Math.floor(next() * n);
  switch (pick(5)) {
    case 0: // a few bytes changed anywhere
      for (let i = 0, n = 1 + pick(8); i < n; i++) b[pick(b.length)] = pick(256);
      return b;
    case 1: // cut short
      return b.subarray(0, pick(b.length));
    case 2: // a length or offset field made huge or zero
      b.writeUInt32BE([0, 0xffffffff, 0x7fffffff, 1, 8][pick(5)], pick(b.length - 4));
      return b;
    case 3: // a block repeated
      {
        const at = pick(b.length);
        const len = pick(200);
        return Buffer.concat([b.subarray(0, at), b.subarray(at, at + len), b.subarray(at)]);
      }
    default: // random bytes appended or inserted
      {
        const at = pick(b.length);
        const junk = Buffer.from(Array.from({ length: pick(64) }, () => pick(256)));
        return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
      }
  }
}

describe('fuzzing the cleaner', () => {
  it('never crashes and never returns a readable location, on thousands of damaged pictures', () => {
    const next = random(20261203);
    const outcomes = { cleaned: 0, refused: 0 };
    for (const { type, file } of LOCATED) {
      const base = file();
      for (let i = 0; i < 1500; i++) {
        const damaged = mutate(base, next);
        let clean: Buffer;
        try {
          clean = withoutLocation(damaged, type);
        } catch (e) {
          if (!(e instanceof LocationNotRemovable)) throw new Error(`${type} #${i}: ${(e as Error).stack}`);
          outcomes.refused++;
          continue;
        }
        outcomes.cleaned++;
        if (stillShowsLocation(clean)) throw new Error(`${type} #${i}: a location survived`);
      }
    }
    // Both ways out are taken: damage that can be cleaned around, and damage that is refused.
    expect(outcomes.cleaned).toBeGreaterThan(1000);
    expect(outcomes.refused).toBeGreaterThan(100);
  });

  it('never crashes on noise of any type', () => {
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      const noise = Buffer.from(Array.from({ length: Math.floor(next() * 300) }, () => Math.floor(next() * 256)));
      const prefix = [Buffer.from([0xff, 0xd8]), Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('RIFF\0\0\0\0WEBP', 'latin1'), Buffer.alloc(0)][i % 4];
      for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/heic']) {
        try {
          const clean = withoutLocation(Buffer.concat([prefix, noise]), type);
          expect(stillShowsLocation(clean)).toBe(false);
        } catch (e) {
          if (!(e instanceof LocationNotRemovable)) throw e;
        }
      }
    }
  });
});

describe('pictures sent over HTTP', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ UPLOADS_PER_DAY: '1000' });
  });
  afterAll(() => s.close());

  const upload = async (token: string, bytes: Buffer, name: string) => {
    const fd = new FormData();
    fd.append('file', new Blob([new Uint8Array(bytes)]), name);
    return s.api('/api/uploads', { method: 'POST', token, body: fd });
  };

  it('are served to everyone without the place they were taken, in every accepted format', async () => {
    const token = await s.signIn('photo-sender');
    const ids: string[] = [];
    for (const { name, type, file } of LOCATED) {
      const up = await upload(token, file(), name);
      expect(up.status, name).toBe(201);
      expect(up.body.contentType).toBe(type);
      ids.push(up.body.id);
    }
    const report = await s.api('/api/feedback', {
      method: 'POST',
      token,
      headers: { 'idempotency-key': `photo-location-${Date.now()}` },
      json: {
        categoryId: 'giao-thong',
        title: 'Ổ gà trước cổng trường',
        content: 'Ổ gà sâu ngay trước cổng trường, học sinh đi xe đạp dễ ngã.',
        location: { lat: 22.4856, long: 103.9707 },
        photoIds: ids,
      },
    });
    expect(report.status).toBe(201);
    expect(report.body.photos).toHaveLength(4);
    for (const [i, photo] of (report.body.photos as { url: string }[]).entries()) {
      const { type, le, name } = LOCATED[i];
      const served = await fetch(s.url + photo.url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe(type);
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(leftovers(bytes, le), name).toEqual([]);
      expect((await fileTypeFromBuffer(bytes))?.mime.replace('heif', 'heic'), name).toBe(type);
    }
  });

  it('are refused with a clear message when the location cannot be taken out, and damaged ones never cause a 5xx', async () => {
    const token = await s.signIn('photo-fuzzer');
    const heic = locatedHeic();
    const noItems = Buffer.concat([heic.subarray(0, 24), Buffer.from('mdat'), heic.subarray(28)]);
    const refused = await upload(token, noItems, 'anh.heic');
    expect(refused.status).toBe(415);
    expect(refused.body.error).toMatchObject({ code: 'IMAGE_NOT_CLEANABLE', message: expect.stringContaining('Không xoá được thông tin vị trí') });

    const next = random(42);
    const statuses = new Set<number>();
    for (let i = 0; i < 60; i++) {
      const { name, file } = LOCATED[i % LOCATED.length];
      const res = await upload(token, mutate(file(), next), name);
      statuses.add(res.status);
      expect(res.status, `${name} #${i}`).toBeLessThan(500);
      if (res.status === 201) {
        const served = await fetch(`${s.url}/api/uploads/${res.body.id}/content`, { headers: { authorization: `Bearer ${token}` } });
        expect(stillShowsLocation(Buffer.from(await served.arrayBuffer())), `${name} #${i}`).toBe(false);
      }
    }
    expect(statuses.has(201)).toBe(true);
    // A PNG chunk of text added to an otherwise clean picture is dropped too.
    const png = Buffer.concat([PNG_8x6.subarray(0, 33), pngChunk('tEXt', Buffer.from('GPS\0 22.4958, 103.9702', 'latin1')), PNG_8x6.subarray(33)]);
    const up = await upload(token, png, 'ghi-chu.png');
    expect(up.status).toBe(201);
    const served = Buffer.from(await (await fetch(`${s.url}/api/uploads/${up.body.id}/content`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer());
    expect(served.equals(PNG_8x6)).toBe(true);
  });
});
