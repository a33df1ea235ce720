// Writes the web app's icons (apps/web/public/icons/*.png) with no image library: a white ring on the
// theme colour, nothing that says what the app is for. Run once after changing the design:
//   node tools/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'apps/web/public/icons');
const THEME = [0x1d, 0x5c, 0x4d];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA PNG; `maskable` keeps the ring inside the central safe zone and fills the whole square. */
function icon(size, maskable) {
  const rows = [];
  const c = size / 2;
  const scale = maskable ? 0.62 : 0.8; // maskable: within the 80 % safe circle
  const corner = maskable ? 0 : size * 0.22;
  const outer = (size / 2) * scale * 0.78;
  const inner = outer * 0.58;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      // rounded square background (full square when maskable)
      const dx = Math.max(corner - px, px - (size - corner), 0);
      const dy = Math.max(corner - py, py - (size - corner), 0);
      const inside = corner === 0 || dx * dx + dy * dy <= corner * corner;
      const d = Math.hypot(px - c, py - c);
      const ring = d <= outer && d >= inner;
      const [r, g, b] = ring ? WHITE : THEME;
      row.push(r, g, b, inside ? 255 : 0);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(out, { recursive: true });
for (const size of [192, 512]) {
  writeFileSync(join(out, `icon-${size}.png`), icon(size, false));
  writeFileSync(join(out, `maskable-${size}.png`), icon(size, true));
}
process.stdout.write(`wrote icons to ${out}\n`);
