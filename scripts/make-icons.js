#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80) with no dependency: a rounded
 * square in Office blue with three rising white bars, the tallest in gold ("the best offer").
 * Shapes are anti-aliased by supersampling; the PNGs are written with zlib, so the output is
 * byte-for-byte reproducible. Run: node scripts/make-icons.js
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const BACKGROUND = [15, 108, 189]; // #0F6CBD
const BAR = [255, 255, 255];
const ACCENT = [255, 200, 61]; // #FFC83D

/** Rounded rectangle in unit coordinates: [x0, y0, x1, y1, radius]. */
const SHAPES = {
  tile: [0.03, 0.03, 0.97, 0.97, 0.2],
  // On a 16 px grid: bars 2 px wide with 2 px gaps, from x = 3 to 13, standing on y = 13.
  bars: [
    [3 / 16, 9 / 16, 5 / 16, 13 / 16, 0.02],
    [7 / 16, 6 / 16, 9 / 16, 13 / 16, 0.02],
  ],
  best: [11 / 16, 3 / 16, 13 / 16, 13 / 16, 0.02],
};

function insideRoundedRect(x, y, [x0, y0, x1, y1, r]) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Returns RGBA pixels (premultiplied compositing of the glyph over the tile) for one size. */
function draw(size) {
  const samples = 8; // 8 x 8 subsamples per pixel
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      const colour = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedRect(x, y, SHAPES.tile)) continue;
          tile++;
          let c = BACKGROUND;
          if (insideRoundedRect(x, y, SHAPES.best)) c = ACCENT;
          else if (SHAPES.bars.some((b) => insideRoundedRect(x, y, b))) c = BAR;
          colour[0] += c[0];
          colour[1] += c[1];
          colour[2] += c[2];
        }
      }
      const i = (py * size + px) * 4;
      if (tile > 0) {
        pixels[i] = Math.round(colour[0] / tile);
        pixels[i + 1] = Math.round(colour[1] / tile);
        pixels[i + 2] = Math.round(colour[2] / tile);
        pixels[i + 3] = Math.round((255 * tile) / (samples * samples));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as an 8-bit RGBA PNG. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function makeIcons(outDir = path.join(__dirname, "..", "assets")) {
  fs.mkdirSync(outDir, { recursive: true });
  return SIZES.map((size) => {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, draw(size)));
    return file;
  });
}

module.exports = { makeIcons, encodePng, draw, SIZES };

if (require.main === module) {
  for (const file of makeIcons()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
