import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { checkMove } from '../../src/domain/machine'
import { surveyCsv } from '../../src/domain/surveys/csv'
import {
  answerWindow,
  buildQuestions,
  closingDate,
  closingInstant,
  isDue,
  percent,
  results,
  satisfactionRate,
  SURVEY_MACHINE,
  tallyDelta,
  validateAnswers,
  type AnswerMap,
  type Question,
} from '../../src/domain/surveys/rules'

const built = buildQuestions([
  { kind: 'single', title: '您多久来一次党群服务中心？', options: ['每周', '每月', '很少'] },
  { kind: 'multi', title: '希望增加哪些服务？', options: ['助餐', '四点半课堂', '义诊', '代办'], maxPicks: 2 },
  { kind: 'rating', title: '对开放时间的评价' },
  { kind: 'text', title: '其他建议', required: false },
])
assert.ok(built.ok)
const QS: Question[] = built.value

/** Counters as the server keeps them: the sum of every answer's delta. */
function tallyOf(answers: AnswerMap[]): (f: string) => number {
  const t: Record<string, number> = {}
  for (const a of answers) for (const [f, by] of Object.entries(tallyDelta(QS, undefined, a))) t[f] = (t[f] ?? 0) + by
  return (f) => t[f] ?? 0
}

describe('surveys: building questions', () => {
  it('numbers questions and options in order, required unless said otherwise', () => {
    assert.deepEqual(QS.map((q) => q.id), ['q1', 'q2', 'q3', 'q4'])
    assert.deepEqual(QS[0].options, [{ id: 'o1', label: '每周' }, { id: 'o2', label: '每月' }, { id: 'o3', label: '很少' }])
    assert.deepEqual(QS.map((q) => q.required), [true, true, true, false])
  })

  it('refuses empty lists, one-option choices, blank or repeated options, options on a rating, a bad maxPicks', () => {
    const bad = (drafts: Parameters<typeof buildQuestions>[0], m: RegExp) => {
      const r = buildQuestions(drafts)
      assert.ok(!r.ok && m.test(r.message), JSON.stringify(r))
    }
    bad([], /至少要有一道题/)
    bad([{ kind: 'single', title: '选一个', options: ['唯一'] }], /第 1 题至少要有两个选项/)
    bad([{ kind: 'single', title: '选一个', options: ['甲', ' '] }], /空白选项/)
    bad([{ kind: 'multi', title: '选几个', options: ['甲', '甲'] }], /重复的选项/)
    bad([{ kind: 'rating', title: '打分' }, { kind: 'rating', title: '打分', options: ['甲', '乙'] }], /第 2 题是1–5 分评分题，不需要选项/)
    bad([{ kind: 'multi', title: '选几个', options: ['甲', '乙'], maxPicks: 3 }], /1 到 2 之间/)
    bad(Array.from({ length: 21 }, () => ({ kind: 'text' as const, title: '说说' })), /最多 20 道题/)
  })
})

describe('surveys: validating an answer', () => {
  it('accepts a full answer and orders multiple picks as the options are ordered', () => {
    const r = validateAnswers(QS, { q1: 'o2', q2: ['o3', 'o1'], q3: 4, q4: '  晚上也开放  ' })
    assert.ok(r.ok)
    assert.deepEqual(r.value, { q1: 'o2', q2: ['o1', 'o3'], q3: 4, q4: '晚上也开放' })
  })

  it('leaves out an optional question left blank', () => {
    const r = validateAnswers(QS, { q1: 'o1', q2: ['o2'], q3: 5, q4: '   ' })
    assert.ok(r.ok)
    assert.deepEqual(Object.keys(r.value), ['q1', 'q2', 'q3'])
  })

  it('names the question that is wrong', () => {
    const bad = (raw: Record<string, unknown>, m: RegExp) => {
      const r = validateAnswers(QS, raw)
      assert.ok(!r.ok && m.test(r.message), JSON.stringify(r))
    }
    bad({ q2: ['o1'], q3: 3 }, /第 1 题「您多久来一次党群服务中心？」还没有填写/)
    bad({ q1: 'o9', q2: ['o1'], q3: 3 }, /第 1 题.*请选择一个选项/)
    bad({ q1: ['o1'], q2: ['o1'], q3: 3 }, /第 1 题/)
    bad({ q1: 'o1', q2: ['o1', 'o2', 'o3'], q3: 3 }, /最多选 2 项/)
    bad({ q1: 'o1', q2: ['o1', 'o1'], q3: 3 }, /重复/)
    bad({ q1: 'o1', q2: ['o1'], q3: 6 }, /1 到 5 分/)
    bad({ q1: 'o1', q2: ['o1'], q3: 3.5 }, /1 到 5 分/)
    bad({ q1: 'o1', q2: ['o1'], q3: 3, q4: '字'.repeat(301) }, /最多 300 个字/)
    bad({ q1: 'o1', q2: ['o1'], q3: 3, q9: 'x' }, /没有这道题/)
  })
})

describe('surveys: counters and results', () => {
  it('a changed answer moves the counters off the old choice onto the new one, and an unchanged one moves nothing', () => {
    const a = { q1: 'o1', q2: ['o1', 'o2'], q3: 2 }
    const b = { q1: 'o3', q2: ['o2'], q3: 5, q4: '好' }
    assert.deepEqual(tallyDelta(QS, a, b), { tally_q1_o1: -1, tally_q1_o3: 1, tally_q2_o1: -1, tally_q3_2: -1, tally_q3_5: 1, tally_q4_n: 1 })
    assert.deepEqual(tallyDelta(QS, b, b), {})
  })

  it('counts per option, shares of those who answered, rating average and distribution', () => {
    const count = tallyOf([
      { q1: 'o1', q2: ['o1', 'o2'], q3: 5 },
      { q1: 'o1', q2: ['o1'], q3: 4, q4: '好' },
      { q1: 'o2', q2: ['o3'], q3: 2 },
      { q1: 'o3', q2: ['o1'], q3: 4 },
    ])
    const [single, multi, rating, text] = results(QS, count)
    assert.deepEqual(single.options?.map((o) => [o.label, o.count, o.share]), [['每周', 2, 0.5], ['每月', 1, 0.25], ['很少', 1, 0.25]])
    assert.equal(multi.answered, 4)
    assert.deepEqual(multi.options?.map((o) => o.count), [3, 1, 1, 0])
    assert.equal(multi.options?.[0].share, 0.75)
    assert.deepEqual(rating.distribution, [0, 1, 0, 2, 1])
    assert.equal(rating.average, 3.75)
    assert.equal(text.answered, 1)
  })

  it('a survey with no answers has no average and zero shares', () => {
    const [single, , rating] = results(QS, () => 0)
    assert.equal(rating.average, null)
    assert.ok(single.options?.every((o) => o.share === 0))
  })

  it('满意率 is ratings of 4–5 over every rating of every rating question', () => {
    const two = buildQuestions([{ kind: 'rating', title: '总体评价' }, { kind: 'rating', title: '办事效率' }, { kind: 'single', title: '来过吗', options: ['来过', '没来过'] }])
    assert.ok(two.ok)
    const t: Record<string, number> = { tally_q1_5: 6, tally_q1_4: 2, tally_q1_3: 2, tally_q2_4: 3, tally_q2_2: 1, tally_q2_1: 1, tally_q3_o1: 9 }
    const s = satisfactionRate(two.value, (f) => t[f] ?? 0)
    assert.deepEqual(s, { satisfied: 11, total: 15, rate: 0.7333 })
    assert.equal(percent(s.rate), '73.3%')
    assert.deepEqual(satisfactionRate(two.value, () => 0), { satisfied: 0, total: 0, rate: null })
    assert.equal(percent(null), '—')
  })
})

describe('surveys: closing', () => {
  it('a closing date closes at the end of that day in Shanghai', () => {
    assert.equal(closingInstant('2026-12-31').toISOString(), '2026-12-31T16:00:00.000Z')
    assert.equal(closingDate('2026-12-31T16:00:00.000Z'), '2026-12-31')
  })

  it('takes answers only while published and before the closing instant', () => {
    const closesAt = '2026-12-31T16:00:00.000Z'
    const before = new Date('2026-12-31T15:59:59.000Z')
    assert.deepEqual(answerWindow({ status: 'published', closesAt }, before), { ok: true })
    assert.equal((answerWindow({ status: 'draft', closesAt }, before) as { code: string }).code, 'TOO_EARLY')
    assert.equal((answerWindow({ status: 'published', closesAt }, new Date(closesAt)) as { code: string }).code, 'TOO_LATE')
    assert.equal((answerWindow({ status: 'closed', closesAt }, before) as { code: string }).code, 'TOO_LATE')
    assert.equal(isDue({ status: 'published', closesAt }, before), false)
    assert.equal(isDue({ status: 'published', closesAt }, new Date(closesAt)), true)
    assert.equal(isDue({ status: 'closed', closesAt }, new Date(closesAt)), false)
  })

  it('the machine: drafts publish, published surveys close (staff) or expire (sweeper), nothing reopens', () => {
    const editor = (w: string) => w === 'editor'
    assert.equal(checkMove(SURVEY_MACHINE, 'publish', 'draft', editor), 'published')
    assert.equal(checkMove(SURVEY_MACHINE, 'close', 'published', editor), 'closed')
    assert.equal(checkMove(SURVEY_MACHINE, 'expire', 'published', (w) => w === 'system'), 'closed')
    assert.throws(() => checkMove(SURVEY_MACHINE, 'expire', 'published', editor), /FORBIDDEN|不能/)
    assert.throws(() => checkMove(SURVEY_MACHINE, 'edit', 'published', editor), /发布后题目不能再改/)
    assert.throws(() => checkMove(SURVEY_MACHINE, 'publish', 'closed', editor), /已经发布过了/)
  })
})

describe('surveys: CSV', () => {
  it('opens in Excel with Chinese intact: BOM, CRLF, option labels, quoted cells, no formulas', () => {
    const csv = surveyCsv('需求调研', QS, [
      { name: '王**', gridName: '望湖第一网格', updatedAt: '2026-01-05T11:20:00.000Z', answers: { q1: 'o1', q2: ['o1', 'o3'], q3: 4, q4: '=晚上开放, 好吗' } },
    ])
    assert.ok(csv.startsWith('\ufeff问卷,需求调研\r\n'))
    const lines = csv.slice(1).split('\r\n')
    assert.equal(lines[1], '序号,填写人,网格,提交时间,1. 您多久来一次党群服务中心？,2. 希望增加哪些服务？,3. 对开放时间的评价,4. 其他建议')
    assert.equal(lines[2], `1,王**,望湖第一网格,2026-01-05 19:20:00,每周,助餐；义诊,4,"'=晚上开放, 好吗"`)
    assert.equal(lines[3], '')
  })
})
