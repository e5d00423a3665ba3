/**
 * Draws the four tab-bar icons (81×81 PNG, gray and red) from simple shapes, so the repo needs no
 * image tools: `npx tsx scripts/make-icons.ts` rewrites src/assets/tab/*.png.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

const SIZE = 81
type Shape = (x: number, y: number) => boolean // coordinates in 0..1

const inTri = (x: number, y: number, [ax, ay]: number[], [bx, by]: number[], [cx, cy]: number[]) => {
  const s = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry)
  const d1 = s(x, y, ax, ay, bx, by)
  const d2 = s(x, y, bx, by, cx, cy)
  const d3 = s(x, y, cx, cy, ax, ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}
const rect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const disc = (x: number, y: number, cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r

const SHAPES: Record<string, Shape> = {
  home: (x, y) => inTri(x, y, [0.5, 0.12], [0.1, 0.5], [0.9, 0.5]) || (rect(x, y, 0.2, 0.48, 0.8, 0.88) && !rect(x, y, 0.42, 0.62, 0.58, 0.88)),
  events: (x, y) => rect(x, y, 0.2, 0.1, 0.27, 0.92) || inTri(x, y, [0.27, 0.12], [0.27, 0.55], [0.85, 0.33]),
  services: (x, y) => {
    const u = (x - 0.5) * 2.8
    const v = (0.5 - y) * 2.8
    return (u * u + v * v - 1) ** 3 - u * u * v * v * v <= 0
  },
  me: (x, y) => disc(x, y, 0.5, 0.32, 0.18) || (disc(x, y, 0.5, 0.95, 0.36) && y <= 0.9),
}

function crc32(buf: Buffer): number {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}

function png(shape: Shape, [r, g, b]: number[]): Buffer {
  const rows: Buffer[] = []
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4)
    for (let x = 0; x < SIZE; x++) {
      let hits = 0 // 4×4 supersampling for smooth edges
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (shape((x + (sx + 0.5) / 4) / SIZE, (y + (sy + 0.5) / 4) / SIZE)) hits++
      row.set([r, g, b, Math.round((hits / 16) * 255)], 1 + x * 4)
    }
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))])
}

const out = join(__dirname, '..', 'src', 'assets', 'tab')
for (const [name, shape] of Object.entries(SHAPES)) {
  writeFileSync(join(out, `${name}.png`), png(shape, [0x8a, 0x8a, 0x8a]))
  writeFileSync(join(out, `${name}-on.png`), png(shape, [0xc8, 0x16, 0x1d]))
}
console.log(`wrote ${Object.keys(SHAPES).length * 2} icons to ${out}`)
