import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from '@jest/globals'
import postcss from 'postcss'
const care = require('../../config/postcss-care.js') as ((opts?: { root?: string }) => postcss.Plugin) & { careFontSize(px: number): number }

const FROM = join(__dirname, '..', '..', 'src', 'x.scss')

async function twins(css: string, from = FROM): Promise<string> {
  const out = await postcss([care()]).process(css, { from })
  return out.css.replace(/\s+/g, ' ').trim()
}

describe('关怀模式 styles written by the build', () => {
  it('body text reaches 18 px (36 design px) and nothing is under 16 px; large figures grow less', () => {
    assert.equal(care.careFontSize(28), 36)
    assert.equal(care.careFontSize(22), 32)
    assert.equal(care.careFontSize(32), 42)
    assert.ok(care.careFontSize(72) < 72 * 1.3)
  })

  it('twins each size and colour rule under .care, keeping white text on a red tag white', async () => {
    const out = await twins('.tag { font-size: 22px; color: #c8161d; padding: 2px; } .tag-red { background: #c8161d; color: #fff; }')
    assert.match(out, /\.care \.tag \{ font-size: 32px; color: #[0-9a-f]{6}; \}/)
    assert.doesNotMatch(out, /\.care \.tag \{[^}]*padding/, 'only sizes and colours are twinned')
    assert.match(out, /\.care \.tag-red \{ background: #[0-9a-f]{6}; color: #fff; \}/, 'the tag-red twin outranks the .tag twin')
    assert.doesNotMatch(out, /\.care \.tag \{[^}]*#c8161d/, 'the red is darkened for contrast')
  })

  it('grey text is darkened to read on paper; page roots map to .care; hand-written .care rules and other files are left alone', async () => {
    const out = await twins('page, body { font-size: 28px; } .muted { color: #aaa; } .care .btn { min-height: 96px; }')
    assert.match(out, /\.care \{ font-size: 36px; \}/)
    const grey = /\.care \.muted \{ color: #([0-9a-f]{2})\1\1; \}/.exec(out)
    assert.ok(grey && parseInt(grey[1], 16) <= 0x55, out)
    assert.equal(out.match(/\.care \.care/g), null)
    assert.equal(await twins('.x { font-size: 20px; }', '/elsewhere/node_modules/lib.css'), '.x { font-size: 20px; }')
  })
})
