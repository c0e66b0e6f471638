/**
 * Phones write where a photo was taken into the file (Exif GPS, XMP). A report's photos are shown
 * to everyone, and a report is anonymous by default: the file must not tell where its sender was
 * standing (often their home). This removes the location from JPEG, PNG, WebP and HEIC files
 * without re-encoding them and without changing their length, so every offset inside the
 * container stays right: the GPS directory of each Exif block is emptied and its values zeroed,
 * and an XMP packet that names a GPS position is blanked. Orientation, size and the picture itself
 * stay as they were.
 */
import { crc32 } from 'node:zlib';

/** Bytes per value of each TIFF field type (1 BYTE … 12 DOUBLE). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8];
const GPS_IFD_TAG = 0x8825;
const MAX_ENTRIES = 1000;

/** Empties the GPS directory of the TIFF structure starting at `start` (Exif data); false if it is not one. */
function scrubTiff(buf: Buffer, start: number, end: number): boolean {
  if (end - start < 8 || end > buf.length) return false;
  const mark = buf.toString('latin1', start, start + 2);
  if (mark !== 'II' && mark !== 'MM') return false;
  const le = mark === 'II';
  const len = end - start;
  const u16 = (o: number) => (le ? buf.readUInt16LE(start + o) : buf.readUInt16BE(start + o));
  const u32 = (o: number) => (le ? buf.readUInt32LE(start + o) : buf.readUInt32BE(start + o));
  const fits = (o: number, n: number) => o >= 0 && n >= 0 && o + n <= len;
  if (u16(2) !== 42) return false;
  const ifd0 = u32(4);
  if (!fits(ifd0, 2)) return false;
  const n0 = u16(ifd0);
  if (n0 > MAX_ENTRIES || !fits(ifd0 + 2, n0 * 12)) return false;
  for (let i = 0; i < n0; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (u16(entry) !== GPS_IFD_TAG) continue;
    const gps = u32(entry + 8);
    if (!fits(gps, 2)) continue;
    const n = u16(gps);
    if (n > MAX_ENTRIES || !fits(gps + 2, n * 12)) continue;
    for (let j = 0; j < n; j++) {
      const e = gps + 2 + j * 12;
      const size = (TYPE_SIZE[u16(e + 2)] ?? 0) * u32(e + 4);
      if (size > 4) {
        const at = u32(e + 8);
        if (fits(at, size)) buf.fill(0, start + at, start + at + size);
      }
    }
    // No entries left; the next-directory offset that follows now reads as zero too.
    buf.fill(0, start + gps, start + gps + 2 + n * 12);
  }
  return true;
}

const XMP_OPEN = Buffer.from('<x:xmpmeta', 'latin1');
const XMP_CLOSE = Buffer.from('</x:xmpmeta>', 'latin1');

/** Blanks (with spaces) every XMP packet in `buf[from, to)` that holds a GPS position. */
function scrubXmp(buf: Buffer, from = 0, to = buf.length): void {
  let at = buf.indexOf(XMP_OPEN, from);
  while (at !== -1 && at < to) {
    const close = buf.indexOf(XMP_CLOSE, at);
    if (close === -1 || close >= to) return;
    const end = close + XMP_CLOSE.length;
    if (buf.subarray(at, end).includes('GPS')) buf.fill(0x20, at, end);
    at = buf.indexOf(XMP_OPEN, end);
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG keeps Exif raw in `eXIf` and XMP in `iTXt`; each changed chunk gets its checksum again. */
function scrubPng(buf: Buffer): void {
  let p = PNG_SIGNATURE.length;
  while (p + 12 <= buf.length) {
    const size = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    const data = p + 8;
    if (data + size + 4 > buf.length) return;
    if (type === 'eXIf' || type === 'iTXt' || type === 'tEXt') {
      if (type === 'eXIf') scrubTiff(buf, data, data + size);
      else scrubXmp(buf, data, data + size);
      buf.writeUInt32BE(crc32(buf.subarray(p + 4, data + size)) >>> 0, data + size);
    }
    if (type === 'IEND') return;
    p = data + size + 4;
  }
}

/** WebP (RIFF) keeps Exif in an `EXIF` chunk, raw or after "Exif\0\0". */
function scrubWebp(buf: Buffer): void {
  let p = 12;
  while (p + 8 <= buf.length) {
    const size = buf.readUInt32LE(p + 4);
    const data = p + 8;
    if (data + size > buf.length) return;
    if (buf.toString('latin1', p, p + 4) === 'EXIF') scrubTiff(buf, data, data + size);
    p = data + size + (size % 2);
  }
}

const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');

/**
 * A copy of an image with no location left in its metadata, the same length as the original.
 * `contentType` is the sniffed type; other files are returned as they are.
 */
export function withoutLocation(bytes: Buffer, contentType: string): Buffer {
  if (!contentType.startsWith('image/')) return bytes;
  const buf = Buffer.from(bytes);
  // JPEG (APP1) and HEIC (the Exif item) put "Exif\0\0" before the TIFF structure.
  let at = buf.indexOf(EXIF_HEADER);
  while (at !== -1) {
    scrubTiff(buf, at + EXIF_HEADER.length, buf.length);
    at = buf.indexOf(EXIF_HEADER, at + EXIF_HEADER.length);
  }
  if (contentType === 'image/png' && buf.subarray(0, 8).equals(PNG_SIGNATURE)) scrubPng(buf);
  else if (contentType === 'image/webp') scrubWebp(buf);
  if (contentType !== 'image/png') scrubXmp(buf);
  return buf;
}
