/**
 * 关怀模式 styles, written by the build: every rule of our own styles (src/) that sets a font size
 * or a colour gets a twin right after it, scoped to `.care` (the class the Page wrapper puts around
 * a page while the mode is on), with
 * - the font size enlarged (body text 28 → 36 design px, i.e. 18 px on a 375-wide screen; nothing
 *   under 32, i.e. 16 px; big figures grow less so they still fit a row), and
 * - a text colour darkened (hue kept) to at least 7:1 against the paper background, and the party
 *   red of fills and borders darkened the same way so buttons and tags keep matching their text.
 * A twin carries every font-size and colour of its original (changed or not), has one class more,
 * and twins keep the originals' order, so in care mode each element gets the twin of the rule that
 * wins for it now (white text on a red tag stays white). Rules that already name `.care`
 * (hand-written in app.scss) are left as they are. Runs before pxtransform, in design px.
 */
const path = require('node:path')

const PAPER = [0xf6, 0xf2, 0xee]
const TARGET = 7

function careFontSize(px) {
  if (px < 28) return Math.max(32, Math.round(px * 1.3))
  if (px <= 36) return Math.round(px * 1.3)
  return Math.max(47, Math.round(px * 1.15))
}

function parseHex(hex) {
  const h = hex.slice(1)
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16))
}

function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

const toHex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`

/** The colour scaled towards black until it reads at TARGET:1 on paper. */
function darken(rgb) {
  let k = 1
  let out = rgb
  while (contrast(out, PAPER) < TARGET && k > 0) {
    k -= 0.01
    out = rgb.map((c) => Math.round(c * k))
  }
  return out
}

/**
 * Text meant for a light background (it is at least a little darker than paper) is darkened; light
 * text (white on red) is left. Fills and borders are darkened only when they carry white text
 * (3:1 or more against white), so a light tint stays a tint.
 */
function careColor(prop, value) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())
  if (!m) return null
  const rgb = parseHex(m[0])
  if (contrast(rgb, PAPER) >= TARGET) return null
  const isText = prop === 'color'
  if (isText ? contrast(rgb, PAPER) < 1.8 : contrast(rgb, [255, 255, 255]) < 3) return null
  return toHex(darken(rgb))
}

const COLOURS = ['color', 'background', 'background-color', 'border-color']

/** The declaration's value in care mode; null for a property the twins leave alone. */
function careValue(prop, value) {
  if (prop === 'font-size') {
    const m = /^(\d+(?:\.\d+)?)px$/.exec(value.trim())
    return m ? `${careFontSize(Number(m[1]))}px` : value
  }
  if (COLOURS.includes(prop)) return careColor(prop, value) ?? value
  return null
}

const ROOTS = new Set(['page', 'body', 'html', ':root'])

function careSelector(selector) {
  const s = selector.trim()
  return ROOTS.has(s) ? '.care' : `.care ${s}`
}

function inKeyframes(rule) {
  for (let p = rule.parent; p; p = p.parent) if (p.type === 'atrule' && /keyframes$/i.test(p.name)) return true
  return false
}

/** @param {{ root?: string }} opts only files under opts.root (default: src/) get twins */
module.exports = (opts = {}) => {
  const root = path.resolve(opts.root || path.join(__dirname, '..', 'src')) + path.sep
  return {
    postcssPlugin: 'redpost-care',
    Once(css) {
      const file = css.source && css.source.input && css.source.input.file
      if (!file || !path.resolve(file).startsWith(root)) return
      css.walkRules((rule) => {
        if (inKeyframes(rule) || rule.selectors.some((s) => s.includes('.care'))) return
        const decls = []
        rule.each((d) => {
          if (d.type !== 'decl') return
          const v = careValue(d.prop, d.value)
          if (v) decls.push(d.clone({ value: v }))
        })
        if (!decls.length) return
        const twin = rule.clone({ selectors: [...new Set(rule.selectors.map(careSelector))] })
        twin.removeAll()
        twin.append(decls)
        rule.after(twin)
      })
    },
  }
}
module.exports.postcss = true
module.exports.careFontSize = careFontSize
module.exports.careColor = careColor
