/** Text fields refuse NUL, lone surrogates and bidirectional controls: one rule in the shared text schemas. */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { requiredText, text, UNSAFE_TEXT } from '../../src/domain/contracts/common'
import { harness, type Harness } from '../helpers/harness'

const REFUSED = ['\u0000', '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uD800', '\uDC00']

describe('unsafe characters in text fields', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('every refused character is refused by the shared text schemas; ordinary Chinese, emoji and line breaks are not', () => {
    for (const c of REFUSED) {
      assert.equal(text(50).safeParse(`王${c}秀兰`).success, false, `U+${c.charCodeAt(0).toString(16)}`)
      assert.equal(requiredText(50).safeParse(`王${c}秀兰`).success, false)
    }
    for (const ok of ['王秀兰', '3幢2单元502', '感谢帮忙 👍', '第一行\n第二行', 'ابحث']) {
      assert.ok(!UNSAFE_TEXT.test(ok), ok)
      assert.equal(text(50).safeParse(ok).success, true, ok)
    }
  })

  it('a name with U+202E is refused with INVALID_INPUT and changes nothing', async () => {
    const before = await h.store.get('members', 'demo-resident')
    const e = await h.err('demo-resident', 'members', 'updateProfile', { name: '王\u202E兰秀' }, 'INVALID_INPUT')
    assert.match(e.message, /不能使用的字符/)
    assert.deepEqual(await h.store.get('members', 'demo-resident'), before)
  })

  it('a ticket title with a lone surrogate or NUL is refused before anything is written', async () => {
    const count = await h.store.count('tickets')
    for (const title of ['楼道灯坏了\uD83D', '楼道\u0000灯坏了']) {
      const e = await h.err('demo-resident', 'tickets', 'submit', { title, description: '三楼楼道的灯坏了一周了', category: 'street_light' }, 'INVALID_INPUT')
      assert.match(e.message, /title：含有不能使用的字符/)
    }
    assert.equal(await h.store.count('tickets'), count)
  })
})
