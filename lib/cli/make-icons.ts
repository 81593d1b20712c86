/**
 * `npm run icons`: draws Evident's toolbar icons (a magnifier with a check mark on a blue
 * tile) and writes them as PNGs to public/icon/{16,32,48,128}.png, where WXT finds them.
 * No image library: each pixel is the coverage of a few shapes, sampled 4×4 times for
 * smooth edges, and the PNG is written by hand (signature, IHDR, zlib-deflated IDAT, IEND).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const TILE: Rgba = [29, 78, 216, 255]; // #1d4ed8: 6.7:1 against white, so the white glyph reads at 16 px
const GLYPH: Rgba = [255, 255, 255, 255];

/** Distance from p to the segment a–b. */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Inside the rounded tile? (unit square, corner radius r) */
function inTile(x: number, y: number, r = 0.22): boolean {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && Math.hypot(x - cx, y - cy) <= r;
}

/** Inside the glyph: the magnifier's ring and handle, and a check mark in the lens. */
function inGlyph(x: number, y: number): boolean {
  const ring = Math.abs(Math.hypot(x - 0.43, y - 0.43) - 0.25) <= 0.055;
  const handle = toSegment(x, y, 0.63, 0.63, 0.82, 0.82) <= 0.075;
  const check = Math.min(toSegment(x, y, 0.31, 0.44, 0.4, 0.53), toSegment(x, y, 0.4, 0.53, 0.56, 0.34)) <= 0.05;
  return ring || handle || check;
}

function draw(size: number): Buffer {
  const n = 4; // samples per axis
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none), then RGBA
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let glyph = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (inTile(x, y)) {
            tile++;
            if (inGlyph(x, y)) glyph++;
          }
        }
      const a = tile / (n * n);
      const g = tile === 0 ? 0 : glyph / tile;
      for (let c = 0; c < 3; c++) row[1 + px * 4 + c] = Math.round(TILE[c]! * (1 - g) + GLYPH[c]! * g);
      row[1 + px * 4 + 3] = Math.round(a * 255);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG from rows that each start with their filter byte. */
function png(width: number, height: number, rows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(resolve(import.meta.dirname, '../..'), 'public/icon');
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(join(out, `${size}.png`), draw(size));
  console.log(`public/icon/${size}.png`);
}
