import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { findBlockedWord, normalizeText } from '../../src/domain/content'

describe('local content check', () => {
  it('passes ordinary community text', () => {
    assert.equal(findBlockedWord('3幢楼道灯坏了，老人晚上下楼不方便'), null)
  })
  it('finds blocked words through spacing, punctuation and full-width letters', () => {
    assert.equal(findBlockedWord('欢迎来 赌·博'), '赌博')
    assert.equal(normalizeText('ＡＢ c！'), 'abc')
  })
})
