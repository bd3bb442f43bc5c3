#!/usr/bin/env node
/**
 * Draws the add-in icon (a white "TT" on a red rounded square) as PNG files in assets/.
 * Plain Node + zlib so the icons can be regenerated anywhere: `node scripts/icons.js`.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0xb3, 0x26, 0x1e];
const FOREGROUND = [0xff, 0xff, 0xff];
/** Samples per pixel side; 4×4 supersampling gives smooth edges at 16 px. */
const SUPERSAMPLE = 4;

/** Shapes in a unit square: two capital T's (bar + stem each). */
const LETTER_RECTS = [
  { x0: 0.12, y0: 0.22, x1: 0.48, y1: 0.36 },
  { x0: 0.235, y0: 0.22, x1: 0.365, y1: 0.8 },
  { x0: 0.52, y0: 0.22, x1: 0.88, y1: 0.36 },
  { x0: 0.635, y0: 0.22, x1: 0.765, y1: 0.8 },
];
const CORNER_RADIUS = 0.18;

function insideRoundedSquare(x, y) {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideLetters(x, y) {
  return LETTER_RECTS.some((rect) => x >= rect.x0 && x < rect.x1 && y >= rect.y0 && y < rect.y1);
}

/** RGBA pixels, row by row. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let letter = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square++;
          if (insideLetters(x, y)) letter++;
        }
      }
      const offset = (py * size + px) * 4;
      const letterShare = square === 0 ? 0 : letter / square;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(BACKGROUND[c] * (1 - letterShare) + FOREGROUND[c] * letterShare);
      }
      pixels[offset + 3] = Math.round((255 * square) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // bytes 10–12: compression, filter and interlace methods, all 0
  const rowLength = size * 4;
  const raw = Buffer.alloc((rowLength + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (rowLength + 1)] = 0; // filter type "None"
    rgba.copy(raw, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outputDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outputDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outputDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
