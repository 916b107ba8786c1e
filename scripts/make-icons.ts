// Draws the app icons (PNG and SVG) from simple shapes: no external assets, no image library.
// Run: npx tsx scripts/make-icons.ts   (writes public/icons/*; the files are committed)
// Design: a white ring with a small filled circle on a deep teal ground — abstract, no medical symbol.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const OUT = new URL('../public/icons/', import.meta.url);
const BG = [0x0b, 0x5d, 0x6b] as const; // #0b5d6b
const FG = [0xff, 0xff, 0xff] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Shapes in a 0..1 square, as signed distances (negative inside). */
function roundedSquare(x: number, y: number, r: number): number {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
const ring = (x: number, y: number, s: number) => Math.abs(Math.hypot(x - 0.5, y - 0.53) - 0.24 * s) - 0.055 * s;
const dot = (x: number, y: number, s: number) => Math.hypot(x - 0.5 - 0.28 * s, y - 0.53 + 0.28 * s) - 0.075 * s;

function draw(size: number, maskable: boolean): Buffer {
  const px = new Uint8Array(size * size * 4);
  const aa = 1 / size; // one pixel of anti-aliasing
  const scale = maskable ? 0.8 : 1; // maskable: keep the mark inside the 80 % safe zone
  const cover = (d: number) => Math.min(1, Math.max(0, 0.5 - d / aa));
  for (let j = 0; j < size; j += 1) {
    for (let i = 0; i < size; i += 1) {
      const x = (i + 0.5) / size;
      const y = (j + 0.5) / size;
      const ground = maskable ? 1 : cover(roundedSquare(x, y, 0.18));
      const mark = Math.max(cover(ring(x, y, scale)), cover(dot(x, y, scale)));
      const o = (j * size + i) * 4;
      for (let k = 0; k < 3; k += 1) px[o + k] = Math.round(BG[k]! * (1 - mark) + FG[k]! * mark);
      px[o + 3] = Math.round(255 * ground);
    }
  }
  return png(size, px);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="RPL Workup">
  <rect width="100" height="100" rx="18" fill="#0b5d6b"/>
  <circle cx="50" cy="53" r="24" fill="none" stroke="#fff" stroke-width="11"/>
  <circle cx="78" cy="25" r="7.5" fill="#fff"/>
</svg>
`;

writeFileSync(new URL('icon.svg', OUT), svg);
writeFileSync(new URL('icon-192.png', OUT), draw(192, false));
writeFileSync(new URL('icon-512.png', OUT), draw(512, false));
writeFileSync(new URL('icon-maskable-512.png', OUT), draw(512, true));
writeFileSync(new URL('apple-touch-icon-180.png', OUT), draw(180, true));
console.log('icons written to public/icons/');
