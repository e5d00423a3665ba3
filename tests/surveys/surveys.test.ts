import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { readSeeds } from '../../cloudfunctions/_local/seed'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import type { AnswerDoc, SurveyDoc } from '../../cloudfunctions/surveys/survey'
import { tallyDelta, validateAnswers, type AnswerMap, type Question } from '../../src/domain/surveys/rules'
import { harness, type Harness } from '../helpers/harness'

const STAFF = 'demo-staff'
const RES = 'demo-resident' // lives in 望湖第一网格
const MEMBER = 'demo-member' // lives in 望湖第二网格

const draft = {
  title: '楼道加装扶手意见征集',
  intro: '想听听大家对楼道加装扶手的意见。',
  kind: 'needs' as const,
  closesOn: '2026-11-30',
  questions: [
    { kind: 'single' as const, title: '您家所在楼道需要加装扶手吗？', options: ['需要', '不需要', '无所谓'] },
    { kind: 'multi' as const, title: '最希望装在哪里？', options: ['一楼入口', '楼梯转角', '电梯口'], maxPicks: 2 },
    { kind: 'rating' as const, title: '对楼道照明的满意程度' },
    { kind: 'text' as const, title: '其他意见', required: false },
  ],
}

/** The survey's counters recomputed from its answer documents. */
function recount(questions: Question[], answers: AnswerMap[]): Record<string, number> {
  const t: Record<string, number> = {}
  for (const a of answers) for (const [f, by] of Object.entries(tallyDelta(questions, undefined, a))) t[f] = (t[f] ?? 0) + by
  return t
}
const countersOf = (s: SurveyDoc) => Object.fromEntries(Object.entries(s).filter(([k, v]) => k.startsWith('tally_') && v !== 0)) as Record<string, number>

describe('surveys: write, publish, answer, close', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  async function published(extra: Partial<typeof draft> & { gridId?: string } = {}) {
    const { id } = await h.ok(STAFF, 'surveys', 'save', { ...draft, ...extra })
    await h.ok(STAFF, 'surveys', 'publish', { id })
    return id
  }

  it('only staff write and publish; a draft is theirs alone; residents cannot read results', async () => {
    await h.err(RES, 'surveys', 'save', draft, 'FORBIDDEN')
    const { id } = await h.ok(STAFF, 'surveys', 'save', draft)
    await h.err(RES, 'surveys', 'get', { id }, 'NOT_FOUND')
    assert.ok(!(await h.ok(RES, 'surveys', 'list', {})).items.some((s) => s.id === id))
    await h.err(STAFF, 'surveys', 'answer', { id, answers: {} }, 'TOO_EARLY')
    const staffView = await h.ok(STAFF, 'surveys', 'get', { id })
    assert.deepEqual(staffView.moves, ['edit', 'publish'])
    await h.ok(STAFF, 'surveys', 'save', { ...draft, id, title: '楼道加装扶手意见征集（修改）' })
    await h.err(RES, 'surveys', 'publish', { id }, 'FORBIDDEN')
    await h.ok('demo-secretary', 'surveys', 'publish', { id })
    const s = await h.store.get<SurveyDoc>('surveys', id)
    assert.equal(s?.status, 'published')
    assert.equal(s?.title, '楼道加装扶手意见征集（修改）')
    assert.deepEqual(s?.timeline.map((e) => e.action), ['create', 'edit', 'publish'])
    await h.err(STAFF, 'surveys', 'save', { ...draft, id }, 'CONFLICT')
    await h.err(STAFF, 'surveys', 'publish', { id }, 'CONFLICT')
    await h.err(RES, 'surveys', 'results', { id }, 'FORBIDDEN')
    await h.err(RES, 'surveys', 'exportCsv', { id }, 'FORBIDDEN')
  })

  it('refuses bad questionnaires with a clear message and stores nothing', async () => {
    const before = await h.store.count('surveys', { communityId: 'c-wanghu' })
    const e1 = await h.err(STAFF, 'surveys', 'save', { ...draft, questions: [{ kind: 'single', title: '只有一个选项', options: ['唯一'] }] }, 'INVALID_INPUT')
    assert.match(e1.message, /第 1 题至少要有两个选项/)
    const e2 = await h.err(STAFF, 'surveys', 'save', { ...draft, closesOn: '2026-11-23' }, 'INVALID_INPUT')
    assert.match(e2.message, /截止日期不能早于今天/)
    await h.err(STAFF, 'surveys', 'save', { ...draft, gridId: 'g-xincheng-1' }, 'NOT_FOUND')
    assert.equal(await h.store.count('surveys', { communityId: 'c-wanghu' }), before)
  })

  it('a grid survey reaches only the people of that grid', async () => {
    const id = await published({ gridId: 'g-wanghu-2', title: '第二网格停车意见' })
    assert.ok((await h.ok(MEMBER, 'surveys', 'list', {})).items.some((s) => s.id === id))
    assert.ok(!(await h.ok(RES, 'surveys', 'list', {})).items.some((s) => s.id === id))
    // placed by building alone (no grid on the profile): 5幢 is in the second grid, 2幢 is not
    assert.ok((await h.ok('m-sun', 'surveys', 'list', {})).items.some((s) => s.id === id))
    assert.ok(!(await h.ok('m-zhou', 'surveys', 'list', {})).items.some((s) => s.id === id))
    await h.err(RES, 'surveys', 'get', { id }, 'NOT_FOUND')
    await h.err(RES, 'surveys', 'answer', { id, answers: { q1: 'o1', q2: ['o1'], q3: 4 } }, 'NOT_FOUND')
    await h.ok(MEMBER, 'surveys', 'answer', { id, answers: { q1: 'o1', q2: ['o1'], q3: 4 } })
    const staff = await h.ok(STAFF, 'surveys', 'list', {})
    const item = staff.items.find((s) => s.id === id)
    assert.equal(item?.gridName, '望湖第二网格')
    assert.equal(item?.answerCount, 1)
  })

  it('a resident answers, sees 已填写 and their answer, changes it, and the counters follow the change', async () => {
    const id = await published()
    const first = await h.ok(RES, 'surveys', 'answer', { id, answers: { q1: 'o1', q2: ['o1', 'o2'], q3: 2 } })
    assert.deepEqual(first, { id: `${id}:${RES}`, first: true, answerCount: 1 })
    assert.equal((await h.ok(RES, 'surveys', 'list', {})).items.find((s) => s.id === id)?.answered, true)
    const again = await h.ok(RES, 'surveys', 'answer', { id, answers: { q1: 'o2', q2: ['o2'], q3: 5, q4: '三楼转角最暗' } })
    assert.deepEqual(again, { id: `${id}:${RES}`, first: false, answerCount: 1 })
    assert.deepEqual((await h.ok(RES, 'surveys', 'get', { id })).mine, { q1: 'o2', q2: ['o2'], q3: 5, q4: '三楼转角最暗' })
    const r = await h.ok(STAFF, 'surveys', 'results', { id })
    assert.equal(r.answerCount, 1)
    assert.deepEqual(r.questions[0].options?.map((o) => o.count), [0, 1, 0])
    assert.deepEqual(r.questions[1].options?.map((o) => o.count), [0, 1, 0])
    assert.deepEqual(r.questions[2].distribution, [0, 0, 0, 0, 1])
    assert.deepEqual(r.questions[3].texts?.map((t) => [t.name, t.text]), [['王** · 3幢', '三楼转角最暗']])
  })

  it('a wrong answer is refused with the question named, and changes nothing', async () => {
    const id = await published()
    const e = await h.err(RES, 'surveys', 'answer', { id, answers: { q1: 'o1', q2: ['o1', 'o2', 'o3'], q3: 4 } }, 'INVALID_INPUT')
    assert.match(e.message, /第 2 题「最希望装在哪里？」最多选 2 项/)
    await h.err(RES, 'surveys', 'answer', { id, answers: { q1: 'o1', q2: ['o1'] } }, 'INVALID_INPUT')
    assert.equal(await h.store.get('survey_answers', `${id}:${RES}`), null)
    assert.equal((await h.store.get<SurveyDoc>('surveys', id))?.answerCount, 0)
  })

  it('after staff close it, answering and changing are TOO_LATE; results stay', async () => {
    const id = await published()
    await h.ok(RES, 'surveys', 'answer', { id, answers: { q1: 'o1', q2: ['o1'], q3: 3 } })
    await h.err(RES, 'surveys', 'close', { id }, 'FORBIDDEN')
    await h.ok(STAFF, 'surveys', 'close', { id })
    await h.err(RES, 'surveys', 'answer', { id, answers: { q1: 'o2', q2: ['o1'], q3: 3 } }, 'TOO_LATE')
    await h.err(MEMBER, 'surveys', 'answer', { id, answers: { q1: 'o2', q2: ['o1'], q3: 3 } }, 'TOO_LATE')
    await h.err(STAFF, 'surveys', 'close', { id }, 'CONFLICT')
    const r = await h.ok(STAFF, 'surveys', 'results', { id })
    assert.equal(r.survey.status, 'closed')
    assert.deepEqual(r.questions[0].options?.map((o) => o.count), [1, 0, 0])
    assert.ok(!(await h.ok(RES, 'surveys', 'list', {})).items.some((s) => s.id === id), 'a closed survey leaves the residents’ list')
  })

  it('20 simultaneous submissions by one person make one answer, counted once, with counters matching it', async () => {
    const id = await published()
    const choices = Array.from({ length: 20 }, (_, i) => ({ q1: `o${(i % 3) + 1}`, q2: [`o${(i % 3) + 1}`], q3: (i % 5) + 1 }))
    const rs = await Promise.all(choices.map((answers) => h.call(MEMBER, 'surveys', 'answer', { id, answers })))
    assert.deepEqual(rs.filter((r) => !r.ok), [])
    assert.equal(rs.filter((r) => r.ok && (r.data as { first: boolean }).first).length, 1, 'exactly one call made the first answer')
    assert.equal(await h.store.count('survey_answers', { surveyId: id }), 1)
    const s = (await h.store.get<SurveyDoc>('surveys', id))!
    const a = (await h.store.get<AnswerDoc>('survey_answers', `${id}:${MEMBER}`))!
    assert.equal(s.answerCount, 1)
    assert.deepEqual(countersOf(s), recount(s.questions, [a.answers]))
  })

  it('30 people answering at once are all counted', async () => {
    const id = await published()
    const rs = await Promise.all(Array.from({ length: 30 }, (_, i) => h.call(`crowd-${i}`, 'surveys', 'answer', { id, answers: { q1: 'o1', q2: ['o2', 'o3'], q3: 4 } })))
    assert.deepEqual(rs.filter((r) => !r.ok), [])
    const s = (await h.store.get<SurveyDoc>('surveys', id))!
    assert.equal(s.answerCount, 30)
    assert.equal(s.tally_q1_o1, 30)
    assert.equal(s.tally_q3_4, 30)
  })

  it('answers racing a close are either counted or TOO_LATE, never counted without their answer', async () => {
    const id = await published()
    const [closed, ...rs] = await Promise.all([
      h.call(STAFF, 'surveys', 'close', { id }),
      ...Array.from({ length: 15 }, (_, i) => h.call(`racer-${i}`, 'surveys', 'answer', { id, answers: { q1: 'o3', q2: ['o1'], q3: 1 } })),
    ])
    assert.ok(closed.ok)
    assert.deepEqual([...new Set(rs.filter((r) => !r.ok).map((r) => !r.ok && r.error.code))].filter((c) => c !== 'TOO_LATE'), [])
    const s = (await h.store.get<SurveyDoc>('surveys', id))!
    assert.equal(s.answerCount, rs.filter((r) => r.ok).length)
    assert.equal(await h.store.count('survey_answers', { surveyId: id }), s.answerCount)
    assert.equal(s.tally_q1_o3 ?? 0, s.answerCount)
  })

  it('when the closing day ends answers are TOO_LATE at once, and the sweeper closes it once through the machine', async () => {
    const id = await published({ closesOn: '2026-11-25' })
    h.clock.set('2026-11-25T15:59:00.000Z') // 23:59 in Shanghai
    await h.ok(RES, 'surveys', 'answer', { id, answers: { q1: 'o1', q2: ['o1'], q3: 5 } })
    h.clock.set('2026-11-25T16:00:00.000Z')
    await h.err(RES, 'surveys', 'answer', { id, answers: { q1: 'o2', q2: ['o1'], q3: 5 } }, 'TOO_LATE')
    const first = await sweep(h.deps)
    assert.ok((first['survey-closing'] as number) >= 1)
    const s = (await h.store.get<SurveyDoc>('surveys', id))!
    assert.equal(s.status, 'closed')
    assert.deepEqual(s.timeline.at(-1), { at: '2026-11-25T16:00:00.000Z', by: 'system', byName: '系统', action: 'expire', note: '截止日期已到，自动截止' })
    assert.equal((await sweep(h.deps))['survey-closing'], 0, 'a second sweep changes nothing')
    h.clock.set('2026-11-24T02:00:00.000Z')
  })

  it('exports every answer as CSV with masked names, for staff', async () => {
    const id = await published({ title: '导出测试问卷' })
    await h.ok(RES, 'surveys', 'answer', { id, answers: { q1: 'o1', q2: ['o1', 'o3'], q3: 4, q4: '希望尽快安装' } })
    h.clock.set('2026-11-24T02:05:00.000Z')
    await h.ok(MEMBER, 'surveys', 'answer', { id, answers: { q1: 'o2', q2: ['o2'], q3: 2 } })
    h.clock.set('2026-11-24T02:00:00.000Z')
    const out = await h.ok('demo-secretary', 'surveys', 'exportCsv', { id })
    assert.equal(out.rows, 2)
    assert.equal(out.filename, '导出测试问卷-2026-11-24.csv')
    assert.ok(out.csv.startsWith('\ufeff问卷,导出测试问卷\r\n'))
    assert.match(out.csv, /\r\n1,王\*\* · 3幢,望湖第一网格,2026-11-24 10:00:00,需要,一楼入口；电梯口,4,希望尽快安装\r\n/)
    assert.match(out.csv, /\r\n2,李\*\* · 7幢,望湖第二网格,/)
    assert.doesNotMatch(out.csv, /王秀兰|李建国/)
  })
})

describe('surveys: the seeded surveys and 满意率', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('seeded counters are what the seeded answers add up to, and every seeded answer is valid', () => {
    const files = new Map(readSeeds().map((f) => [f.collection, f.docs]))
    for (const s of (files.get('surveys') ?? []) as SurveyDoc[]) {
      const answers = ((files.get('survey_answers') ?? []) as AnswerDoc[]).filter((a) => a.surveyId === s._id).map((a) => a.answers)
      for (const a of answers) assert.deepEqual(validateAnswers(s.questions, a), { ok: true, value: a }, s._id)
      assert.equal(s.answerCount, answers.length, s._id)
      assert.deepEqual(countersOf(s), recount(s.questions, answers), s._id)
    }
  })

  it('the year-end survey: 满意率 of ratings 4–5 for staff and the street admin; residents may not ask', async () => {
    const r = await h.ok(STAFF, 'surveys', 'satisfaction', {})
    // seeded ratings 5,4,5 · 4,3,4 · 5,5,3 → 7 of 9
    assert.deepEqual(r, { communityId: 'c-wanghu', surveyId: 's-satisfaction-2026', title: '2026年度社区群众满意度问卷', status: 'published', answerCount: 3, satisfied: 7, total: 9, rate: 0.7778 })
    await h.ok(RES, 'surveys', 'answer', { id: 's-satisfaction-2026', answers: { q1: 5, q2: 5, q3: 4, q4: 'o2' } })
    assert.equal((await h.ok(STAFF, 'surveys', 'satisfaction', { surveyId: 's-satisfaction-2026' })).rate, 0.8333)
    const results = await h.ok(STAFF, 'surveys', 'results', { id: 's-satisfaction-2026' })
    assert.deepEqual(results.satisfaction, { satisfied: 10, total: 12, rate: 0.8333 })
    await h.err(RES, 'surveys', 'satisfaction', {}, 'FORBIDDEN')
    await h.err(STAFF, 'surveys', 'satisfaction', { communityId: 'c-xincheng' }, 'FORBIDDEN')
    await h.err(STAFF, 'surveys', 'satisfaction', { surveyId: 's-needs-2026' }, 'NOT_FOUND')
    assert.deepEqual(await h.ok('demo-admin', 'surveys', 'satisfaction', { communityId: 'c-xincheng' }), { communityId: 'c-xincheng', satisfied: 0, total: 0, rate: null, answerCount: 0 })
  })

  it('residents see the open year-end survey, not the closed ones; staff see all three with counts', async () => {
    const res = await h.ok('m-zhou', 'surveys', 'list', {})
    assert.deepEqual(res.items.map((s) => [s.id, s.answered, s.open]), [['s-satisfaction-2026', true, true]])
    const staff = await h.ok(STAFF, 'surveys', 'list', {})
    const byId = new Map(staff.items.map((s) => [s.id, s]))
    assert.equal(byId.get('s-needs-2026')?.statusName, '已截止')
    assert.equal(byId.get('s-needs-2026')?.answerCount, 5)
    assert.equal(byId.get('s-review-2026')?.gridName, '望湖第二网格')
    await h.err('m-zhou', 'surveys', 'answer', { id: 's-needs-2026', answers: { q1: 'o1', q2: ['o1'], q3: 4 } }, 'TOO_LATE')
  })

  it('a person’s answers are in 导出个人信息; 删除 removes their name and building and keeps the anonymous answer counted', async () => {
    const out = await h.ok('m-zhou', 'members', 'exportMine', {})
    const mine = out.records.find((r) => r.collection === 'survey_answers')
    assert.equal(mine?.label, '问卷答卷')
    assert.deepEqual(mine?.items.map((a) => a.surveyId).sort(), ['s-needs-2026', 's-satisfaction-2026'])
    await h.ok('m-zhou', 'members', 'deleteMine', { confirm: true })
    const a = await h.store.get<AnswerDoc>('survey_answers', 's-needs-2026:m-zhou')
    assert.equal(a?.name, undefined)
    assert.equal(a?.building, undefined)
    const r = await h.ok(STAFF, 'surveys', 'results', { id: 's-needs-2026' })
    assert.equal(r.answerCount, 5)
    const text = r.questions[3].texts?.find((t) => t.text.startsWith('老年助餐点'))
    assert.equal(text?.name, '居民')
  })
})
