import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { rateText, satisfactionOf, satisfactionOfScores, scoreCounts, SCORE_NAMES } from '../../src/domain/wishes/satisfaction'

describe('wish 满意率', () => {
  it('is the share of scores 4–5, and none before any score', () => {
    assert.deepEqual(satisfactionOfScores([]), { rated: 0, satisfied: 0, rate: null })
    assert.deepEqual(satisfactionOfScores([5, 4, 3, 2, 1]), { rated: 5, satisfied: 2, rate: 0.4 })
    assert.equal(rateText(satisfactionOfScores([])), '暂无评价')
    assert.equal(rateText(satisfactionOfScores([5, 4, 3])), '67%')
  })

  it('the running counters agree with the scores they counted', () => {
    const scores = [1, 5, 3, 4, 4, 2, 5]
    let rated = 0
    let satisfied = 0
    for (const s of scores) {
      const add = scoreCounts(s)
      rated += add.rated
      satisfied += add.satisfied
    }
    assert.deepEqual(satisfactionOf(rated, satisfied), satisfactionOfScores(scores))
  })

  it('names each score from 很不满意 to 非常满意', () => {
    assert.deepEqual(Object.values(SCORE_NAMES), ['很不满意', '不满意', '一般', '满意', '非常满意'])
  })
})
