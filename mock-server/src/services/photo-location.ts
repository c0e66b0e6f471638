/**
 * Phones and editors write where a photo was taken into the file (Exif GPS, XMP, text profiles).
 * A report's photos are shown to everyone, and a report is anonymous by default: the file must
 * not tell where its sender was standing (often their home). This removes location data from
 * every place an accepted image format carries it, without re-encoding the picture:
 *
 * - Exif (JPEG APP1, PNG eXIf, WebP EXIF, the HEIC Exif item, and any other "Exif\0\0" block):
 *   the GPS directory is emptied and its values zeroed, in place; orientation and the rest stay.
 * - XMP (JPEG APP1 and its extension segments, WebP "XMP ", the HEIC XMP item, and any packet
 *   found elsewhere, with or without its x:xmpmeta wrapper): blanked whole, in place.
 * - IPTC (JPEG APP13, where cities and places are named): blanked, in place.
 * - PNG text chunks (tEXt, zTXt, iTXt: titles, authors, comments, and the Exif or XMP profiles
 *   tools store there, such as ImageMagick's "Raw profile type exif"): dropped.
 *
 * JPEG (up to the end of its last image), WebP and HEIC keep their length, so every offset inside
 * the container stays right. A file
 * whose structure cannot be followed, or that still shows a location afterwards, is refused
 * (`LocationNotRemovable`) rather than published with it.
 */
import { crc32 } from 'node:zlib';

/** The file cannot be cleaned in place: refuse it, with words for the resident. */
export class LocationNotRemovable extends Error {
  constructor() {
    super('Không xoá được thông tin vị trí trong ảnh này (tệp bị hỏng hoặc có cấu trúc lạ). Vui lòng chụp lại hoặc chọn một ảnh JPEG, PNG khác.');
  }
}

/** Bytes per value of each TIFF field type (1 BYTE … 12 DOUBLE). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8];
const GPS_IFD_TAG = 0x8825;
const MAX_ENTRIES = 1000;

type Tiff = { u16: (o: number) => number; u32: (o: number) => number; fits: (o: number, n: number) => boolean };

function readTiff(buf: Buffer, start: number, end: number): Tiff | null {
  if (start < 0 || end - start < 8 || end > buf.length) return null;
  const mark = buf.toString('latin1', start, start + 2);
  if (mark !== 'II' && mark !== 'MM') return null;
  const le = mark === 'II';
  const len = end - start;
  const u16 = (o: number) => (le ? buf.readUInt16LE(start + o) : buf.readUInt16BE(start + o));
  const u32 = (o: number) => (le ? buf.readUInt32LE(start + o) : buf.readUInt32BE(start + o));
  const fits = (o: number, n: number) => o >= 0 && n >= 0 && o + n <= len;
  return u16(2) === 42 ? { u16, u32, fits } : null;
}

/** The GPS directories IFD0 points at: offset and entry count (directories not in the block are skipped). */
function gpsDirectories(t: Tiff): { at: number; entries: number }[] | null {
  const ifd0 = t.u32(4);
  if (!t.fits(ifd0, 2)) return null;
  const n0 = t.u16(ifd0);
  if (n0 > MAX_ENTRIES || !t.fits(ifd0 + 2, n0 * 12)) return null;
  const found: { at: number; entries: number }[] = [];
  for (let i = 0; i < n0; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (t.u16(entry) !== GPS_IFD_TAG) continue;
    const at = t.u32(entry + 8);
    if (!t.fits(at, 2)) return null;
    const entries = t.u16(at);
    if (entries > MAX_ENTRIES || !t.fits(at + 2, entries * 12)) return null;
    found.push({ at, entries });
  }
  return found;
}

/** Empties the GPS directory of the TIFF structure at `start` (Exif data); false if it cannot be read. */
function scrubTiff(buf: Buffer, start: number, end: number): boolean {
  const t = readTiff(buf, start, end);
  const dirs = t && gpsDirectories(t);
  if (!t || !dirs) return false;
  for (const { at, entries } of dirs) {
    for (let j = 0; j < entries; j++) {
      const e = at + 2 + j * 12;
      const size = (TYPE_SIZE[t.u16(e + 2)] ?? 0) * t.u32(e + 4);
      if (size > 4) {
        const value = t.u32(e + 8);
        if (t.fits(value, size)) buf.fill(0, start + value, start + value + size);
      }
    }
    // No entries left; the next-directory offset that follows now reads as zero too.
    buf.fill(0, start + at, start + at + 2 + entries * 12);
  }
  return true;
}

/** Exif in a metadata block: scrubbed, or, when it cannot be read, made unreadable (zeroed). */
function cleanExif(buf: Buffer, start: number, end: number): void {
  if (!scrubTiff(buf, start, end)) buf.fill(0, start, end);
}

/** "Exif\0\0" before the TIFF structure; readers accept any sixth byte, and so do we. */
const EXIF_HEADER = Buffer.from('Exif\0', 'latin1');
const EXIF_HEADER_LENGTH = 6;

/**
 * A real picture holds a handful of Exif blocks; thousands of them are a file made to keep the
 * server busy (each is read), and it is refused.
 */
const MAX_BLOCKS = 256;

/** Where `needle` occurs in `buf`, at most MAX_BLOCKS times. */
function occurrences(buf: Buffer, needle: Buffer): number[] {
  const found: number[] = [];
  for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) {
    if (found.push(at) > MAX_BLOCKS) throw new LocationNotRemovable();
  }
  return found;
}

/** Every Exif block ("Exif\0" and one more byte, then TIFF), wherever it sits (MPF images, trailers, unknown boxes). */
function scrubEveryExif(buf: Buffer): void {
  for (const at of occurrences(buf, EXIF_HEADER)) scrubTiff(buf, at + EXIF_HEADER_LENGTH, buf.length);
}

/** XMP however wrapped: the packet wrapper, x:xmpmeta (or the old x:xapmeta), or a bare rdf:RDF. */
const XMP_SPANS: { open: Buffer; close: Buffer; then?: Buffer }[] = [
  { open: '<?xpacket begin', close: '<?xpacket end', then: '?>' },
  { open: '<x:xmpmeta', close: '</x:xmpmeta>' },
  { open: '<x:xapmeta', close: '</x:xapmeta>' },
  { open: '<rdf:RDF', close: '</rdf:RDF>' },
].map(({ open, close, then }) => ({ open: Buffer.from(open, 'latin1'), close: Buffer.from(close, 'latin1'), then: then ? Buffer.from(then, 'latin1') : undefined }));

/**
 * Blanks (with spaces) every XMP packet in the whole file, wherever the walk of its container did
 * not reach. A packet that opens and never closes is refused: blanking to the end of the file
 * would destroy the picture.
 */
function blankXmp(buf: Buffer): void {
  for (const { open, close, then } of XMP_SPANS) {
    for (let at = buf.indexOf(open); at !== -1; at = buf.indexOf(open, at + 1)) {
      const c = buf.indexOf(close, at + open.length);
      if (c === -1) throw new LocationNotRemovable();
      let end = c + close.length;
      if (then) {
        const t = buf.indexOf(then, end);
        if (t === -1) throw new LocationNotRemovable();
        end = t + then.length;
      }
      buf.fill(0x20, at, end);
    }
  }
}

// ───────── JPEG ─────────

const XMP_NS = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1');
const XMP_EXTENSION_NS = Buffer.from('http://ns.adobe.com/xmp/extension/\0', 'latin1');

/**
 * Walks the segments of every JPEG image in the file (the main one and those that follow it, as
 * MPF puts previews and depth maps after the first EOI) and cleans the metadata ones in place.
 * Returns where the last image ends: what follows (a phone maker's trailer, the video of a
 * "motion photo", with its own record of the place) is not part of the picture and is left out.
 */
function cleanJpeg(buf: Buffer): number {
  let p = 0;
  let images = 0;
  while (p + 1 < buf.length && buf[p] === 0xff && buf[p + 1] === 0xd8) {
    images++;
    p = cleanJpegImage(buf, p + 2);
  }
  if (images === 0) throw new LocationNotRemovable();
  return p;
}

/** One image from after its SOI; returns where it ends (after EOI). */
function cleanJpegImage(buf: Buffer, from: number): number {
  let p = from;
  for (;;) {
    // Markers may be preceded by fill bytes (0xFF).
    if (p >= buf.length || buf[p] !== 0xff) throw new LocationNotRemovable();
    while (p < buf.length && buf[p] === 0xff) p++;
    if (p >= buf.length) throw new LocationNotRemovable();
    const marker = buf[p++];
    if (marker === 0xd9) return p; // EOI
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (p + 2 > buf.length) throw new LocationNotRemovable();
    const length = buf.readUInt16BE(p);
    const start = p + 2;
    const end = p + length;
    if (length < 2 || end > buf.length) throw new LocationNotRemovable();
    if (marker === 0xe1) {
      if (buf.subarray(start, start + EXIF_HEADER.length).equals(EXIF_HEADER)) cleanExif(buf, Math.min(end, start + EXIF_HEADER_LENGTH), end);
      else if (buf.subarray(start, start + XMP_NS.length).equals(XMP_NS)) buf.fill(0x20, start + XMP_NS.length, end);
      // Extended XMP: a slice of a long packet, useless (and unfindable) on its own: blanked whole.
      else if (buf.subarray(start, start + XMP_EXTENSION_NS.length).equals(XMP_EXTENSION_NS)) buf.fill(0x20, start + XMP_EXTENSION_NS.length, end);
    } else if (marker === 0xed) {
      // APP13 "Photoshop 3.0": IPTC names the city, the place and the country.
      buf.fill(0, start, end);
    }
    p = end;
    if (marker === 0xda) p = skipEntropyCoded(buf, p);
  }
}

/** After a scan's header: the entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart. */
function skipEntropyCoded(buf: Buffer, from: number): number {
  for (let p = buf.indexOf(0xff, from); p !== -1; p = buf.indexOf(0xff, p + 1)) {
    const next = buf[p + 1];
    if (next === undefined) break;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return p;
  }
  throw new LocationNotRemovable();
}

// ───────── PNG ─────────

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_TEXT_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt']);

/**
 * A PNG without its text chunks (compressed or not, they may hold Exif or XMP profiles as text or
 * hex), its eXIf cleaned with the checksum made again. Chunks have no offsets, so the file may
 * shrink.
 */
function cleanPng(bytes: Buffer): Buffer {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new LocationNotRemovable();
  const kept: Buffer[] = [PNG_SIGNATURE];
  let p = PNG_SIGNATURE.length;
  for (;;) {
    if (p + 12 > bytes.length) throw new LocationNotRemovable();
    const size = bytes.readUInt32BE(p);
    const type = bytes.toString('latin1', p + 4, p + 8);
    const end = p + 12 + size;
    if (size > 0x7fffffff || end > bytes.length || !/^[A-Za-z]{4}$/.test(type)) throw new LocationNotRemovable();
    const chunk = Buffer.from(bytes.subarray(p, end));
    if (type === 'eXIf') {
      // An Exif block that cannot be read is dropped rather than zeroed: nothing points at it.
      if (scrubTiff(chunk, 8, 8 + size)) {
        chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + size)) >>> 0, 8 + size);
        kept.push(chunk);
      }
    } else if (!PNG_TEXT_CHUNKS.has(type)) {
      kept.push(chunk);
    }
    p = end;
    // Whatever follows IEND is not part of the picture: left out.
    if (type === 'IEND') return Buffer.concat(kept);
  }
}

// ───────── WebP ─────────

/** WebP (RIFF) keeps Exif in an `EXIF` chunk (raw, or after "Exif\0\0") and XMP in an `XMP ` chunk. */
function cleanWebp(buf: Buffer): void {
  if (buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WEBP') throw new LocationNotRemovable();
  const riffEnd = Math.min(buf.length, 8 + buf.readUInt32LE(4));
  let p = 12;
  while (p + 8 <= riffEnd) {
    const type = buf.toString('latin1', p, p + 4);
    const size = buf.readUInt32LE(p + 4);
    const data = p + 8;
    if (data + size > buf.length) throw new LocationNotRemovable();
    if (type === 'EXIF') {
      const tiff = buf.subarray(data, data + EXIF_HEADER.length).equals(EXIF_HEADER) ? Math.min(data + size, data + EXIF_HEADER_LENGTH) : data;
      cleanExif(buf, tiff, data + size);
    } else if (type === 'XMP ') {
      buf.fill(0x20, data, data + size);
    }
    p = data + size + (size % 2);
  }
}

// ───────── HEIC (ISO base media file format) ─────────

interface Box {
  type: string;
  start: number;
  /** Where its content starts (after size and type, and after version and flags for full boxes). */
  body: number;
  end: number;
}

function boxesIn(buf: Buffer, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let p = from;
  while (p + 8 <= to) {
    let size = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    let body = p + 8;
    if (size === 1) {
      if (p + 16 > to) throw new LocationNotRemovable();
      const big = buf.readBigUInt64BE(p + 8);
      if (big > BigInt(to - p)) throw new LocationNotRemovable();
      size = Number(big);
      body = p + 16;
    } else if (size === 0) {
      size = to - p;
    }
    if (size < body - p || p + size > to) throw new LocationNotRemovable();
    boxes.push({ type, start: p, body, end: p + size });
    p += size;
  }
  return boxes;
}

interface Item {
  type: string;
  contentType: string;
  encoded: boolean;
  extents: { offset: number; length: number }[];
}

/** Reads `n` bytes as an unsigned integer (0, 4 or 8 in iloc). */
function uint(buf: Buffer, at: number, n: number): number {
  if (n === 0) return 0;
  if (n === 4) return buf.readUInt32BE(at);
  if (n === 8) {
    const v = buf.readBigUInt64BE(at);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new LocationNotRemovable();
    return Number(v);
  }
  throw new LocationNotRemovable();
}

/** Items of the `meta` box: their type (Exif, mime…), content type, and where their bytes are. */
function heifItems(buf: Buffer, meta: Box): Item[] {
  const children = boxesIn(buf, meta.body + 4, meta.end);
  const iinf = children.find((b) => b.type === 'iinf');
  const iloc = children.find((b) => b.type === 'iloc');
  const idat = children.find((b) => b.type === 'idat');
  if (!iinf || !iloc) throw new LocationNotRemovable();

  const infos = new Map<number, { type: string; contentType: string; encoded: boolean }>();
  const iinfVersion = buf[iinf.body];
  const entriesAt = iinf.body + 4 + (iinfVersion === 0 ? 2 : 4);
  for (const infe of boxesIn(buf, entriesAt, iinf.end)) {
    if (infe.type !== 'infe') continue;
    const version = buf[infe.body];
    if (version < 2) continue; // old entries carry no item type: nothing of ours
    let p = infe.body + 4;
    const id = version === 2 ? buf.readUInt16BE(p) : buf.readUInt32BE(p);
    p += (version === 2 ? 2 : 4) + 2; // item_ID, item_protection_index
    const type = buf.toString('latin1', p, p + 4);
    p += 4;
    const strings: string[] = [];
    while (p < infe.end && strings.length < 3) {
      const zero = buf.indexOf(0, p);
      const stop = zero === -1 || zero >= infe.end ? infe.end : zero;
      strings.push(buf.toString('utf8', p, stop));
      p = stop + 1;
    }
    infos.set(id, { type, contentType: type === 'mime' ? (strings[1] ?? '') : '', encoded: type === 'mime' && !!strings[2] });
  }

  const version = buf[iloc.body];
  if (version > 2) throw new LocationNotRemovable();
  let p = iloc.body + 4;
  const offsetSize = buf[p] >> 4;
  const lengthSize = buf[p] & 15;
  const baseOffsetSize = buf[p + 1] >> 4;
  const indexSize = version === 0 ? 0 : buf[p + 1] & 15;
  p += 2;
  const count = version < 2 ? buf.readUInt16BE(p) : buf.readUInt32BE(p);
  p += version < 2 ? 2 : 4;
  const items: Item[] = [];
  for (let i = 0; i < count; i++) {
    const id = version < 2 ? buf.readUInt16BE(p) : buf.readUInt32BE(p);
    p += version < 2 ? 2 : 4;
    let method = 0;
    if (version > 0) {
      method = buf.readUInt16BE(p) & 15;
      p += 2;
    }
    p += 2; // data_reference_index
    const base = uint(buf, p, baseOffsetSize);
    p += baseOffsetSize;
    const extentCount = buf.readUInt16BE(p);
    p += 2;
    const extents: { offset: number; length: number }[] = [];
    for (let e = 0; e < extentCount; e++) {
      p += indexSize;
      const offset = uint(buf, p, offsetSize);
      p += offsetSize;
      const length = uint(buf, p, lengthSize);
      p += lengthSize;
      extents.push({ offset, length });
    }
    if (p > iloc.end) throw new LocationNotRemovable();
    const info = infos.get(id);
    if (!info || (info.type !== 'Exif' && info.type !== 'mime')) continue;
    // Construction method 0: offsets in the file; 1: offsets in the idat box. Others are refused.
    const origin = method === 0 ? 0 : method === 1 && idat ? idat.body : -1;
    if (origin < 0) throw new LocationNotRemovable();
    const limit = method === 0 ? buf.length : idat!.end;
    items.push({
      ...info,
      extents: extents.map(({ offset, length }) => {
        const at = origin + base + offset;
        const len = length === 0 ? limit - at : length;
        if (at < origin || at + len > limit) throw new LocationNotRemovable();
        return { offset: at, length: len };
      }),
    });
  }
  return items;
}

/** The bytes of an item, copied from its extents, and a way to write a changed copy back. */
function itemData(buf: Buffer, item: Item): { data: Buffer; writeBack: (data: Buffer) => void } {
  const data = Buffer.concat(item.extents.map((e) => buf.subarray(e.offset, e.offset + e.length)));
  return {
    data,
    writeBack: (changed) => {
      let at = 0;
      for (const e of item.extents) {
        changed.copy(buf, e.offset, at, at + e.length);
        at += e.length;
      }
    },
  };
}

/** HEIC: the Exif item (a 4-byte offset to its TIFF header, then Exif) is scrubbed; the XMP item blanked. */
function cleanHeic(buf: Buffer): void {
  const top = boxesIn(buf, 0, buf.length);
  if (top[0]?.type !== 'ftyp') throw new LocationNotRemovable();
  const meta = top.find((b) => b.type === 'meta');
  if (!meta) throw new LocationNotRemovable();
  for (const item of heifItems(buf, meta)) {
    const { data, writeBack } = itemData(buf, item);
    if (item.type === 'Exif') {
      if (data.length < 4) throw new LocationNotRemovable();
      const tiff = 4 + data.readUInt32BE(0);
      cleanExif(data, Math.min(tiff, data.length), data.length);
      writeBack(data);
    } else if (/^application\/rdf\+xml\b/.test(item.contentType)) {
      // Compressed XMP cannot be blanked as text: its bytes are zeroed (readers then skip it).
      data.fill(item.encoded ? 0 : 0x20);
      writeBack(data);
    }
  }
}

// ───────── The last check ─────────

/** Words that only location metadata uses (Exif tag names in XMP, vendors' own, IPTC's). */
const LOCATION_WORDS = /GPS(?:Latitude|Longitude|Altitude|Position|Coordinates|DestLatitude|DestLongitude)|GpsLatitude|GpsLongitude|Iptc4xmpCore:Location|Iptc4xmpExt:LocationShown|photoshop:City/i;

const TIFF_HEADERS = [Buffer.from('II*\0', 'latin1'), Buffer.from('MM\0*', 'latin1')];

/**
 * True when the file still shows a location as a reader would find it: any TIFF structure (Exif
 * with or without its "Exif" header, wherever it sits) with a GPS directory that has entries, or
 * the words of location metadata.
 */
export function stillShowsLocation(buf: Buffer): boolean {
  for (const header of TIFF_HEADERS) {
    for (const at of occurrences(buf, header)) {
      // Bytes that only look like a TIFF header are passed over; a real one with GPS is not.
      const tiff = readTiff(buf, at, buf.length);
      if (tiff && gpsDirectories(tiff)?.some((d) => d.entries > 0)) return true;
    }
  }
  return LOCATION_WORDS.test(buf.toString('latin1'));
}

/**
 * A copy of an image with no location left in its metadata. `contentType` is the sniffed type;
 * other files are returned as they are. Throws `LocationNotRemovable` when that cannot be done.
 */
export function withoutLocation(bytes: Buffer, contentType: string): Buffer {
  if (!contentType.startsWith('image/')) return bytes;
  let buf: Buffer;
  try {
    if (contentType === 'image/png') {
      buf = cleanPng(bytes);
    } else {
      buf = Buffer.from(bytes);
      if (contentType === 'image/jpeg') buf = buf.subarray(0, cleanJpeg(buf));
      else if (contentType === 'image/webp') cleanWebp(buf);
      else if (contentType === 'image/heic' || contentType === 'image/heif') cleanHeic(buf);
      else throw new LocationNotRemovable();
      // Whatever the walk did not reach (trailers, unknown boxes): any Exif and XMP left is cleaned too.
      scrubEveryExif(buf);
      blankXmp(buf);
    }
  } catch (e) {
    if (e instanceof LocationNotRemovable || e instanceof RangeError) throw new LocationNotRemovable();
    throw e;
  }
  let located: boolean;
  try {
    located = stillShowsLocation(buf);
  } catch {
    located = true;
  }
  if (located) throw new LocationNotRemovable();
  return buf;
}
