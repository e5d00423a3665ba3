/**
 * Surveys (问卷调查): 年初需求调研, 年中回头看, 年底满意度. What a questionnaire may hold, how an
 * answer is checked against its questions, the per-option counters kept on the survey, results,
 * the 满意率, when a survey takes answers, and its machine (draft → published → closed).
 * Pure: no I/O, no wall clock — callers pass `now`.
 */
import { fail } from '../errors'
import type { MachineDef } from '../machine'
import type { Role } from '../roles'
import { addDays, atLocal, localDate } from '../time'

export const SURVEY_KINDS = ['needs', 'review', 'satisfaction', 'other'] as const
export type SurveyKind = (typeof SURVEY_KINDS)[number]
export const KIND_NAMES: Record<SurveyKind, string> = { needs: '年初需求调研', review: '年中回头看', satisfaction: '年底满意度', other: '其他问卷' }

export const QUESTION_KINDS = ['single', 'multi', 'rating', 'text'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]
export const QUESTION_KIND_NAMES: Record<QuestionKind, string> = { single: '单选', multi: '多选', rating: '1–5 分评分', text: '简答' }

export const LIMITS = { title: 60, intro: 500, questions: 20, prompt: 100, options: 10, option: 30, text: 300 } as const

/** Roles that write, publish, close a survey and read its results. */
export const EDITOR_ROLES: readonly Role[] = ['secretary', 'staff']

export const RATING_SCORES = [1, 2, 3, 4, 5] as const
/** A rating of 4 or 5 counts as satisfied (满意). */
export const SATISFIED_FROM = 4

export interface Option {
  id: string
  label: string
}

export interface Question {
  id: string
  kind: QuestionKind
  title: string
  required: boolean
  /** single and multi only */
  options?: Option[]
  /** multi only: at most this many picks */
  maxPicks?: number
}

export type AnswerValue = string | string[] | number
export type AnswerMap = Record<string, AnswerValue>

/** Questions as an editor writes them (no ids yet): ids become q1…, options o1…, in order. */
export interface QuestionDraft {
  kind: QuestionKind
  title: string
  required?: boolean
  options?: string[]
  maxPicks?: number
}

type Checked<T> = { ok: true; value: T } | { ok: false; message: string }

/** Checks an editor's questions and gives them their ids. */
export function buildQuestions(drafts: readonly QuestionDraft[]): Checked<Question[]> {
  if (drafts.length === 0) return { ok: false, message: '至少要有一道题' }
  if (drafts.length > LIMITS.questions) return { ok: false, message: `最多 ${LIMITS.questions} 道题` }
  const out: Question[] = []
  for (const [i, d] of drafts.entries()) {
    const n = `第 ${i + 1} 题`
    const title = d.title.trim()
    if (!title) return { ok: false, message: `${n}还没有题目` }
    if ([...title].length > LIMITS.prompt) return { ok: false, message: `${n}的题目最多 ${LIMITS.prompt} 个字` }
    const q: Question = { id: `q${i + 1}`, kind: d.kind, title, required: d.required ?? true }
    if (d.kind === 'single' || d.kind === 'multi') {
      const labels = (d.options ?? []).map((o) => o.trim())
      if (labels.length < 2) return { ok: false, message: `${n}至少要有两个选项` }
      if (labels.length > LIMITS.options) return { ok: false, message: `${n}最多 ${LIMITS.options} 个选项` }
      if (labels.some((l) => !l)) return { ok: false, message: `${n}有空白选项` }
      if (labels.some((l) => [...l].length > LIMITS.option)) return { ok: false, message: `${n}的选项最多 ${LIMITS.option} 个字` }
      if (new Set(labels).size !== labels.length) return { ok: false, message: `${n}有重复的选项` }
      q.options = labels.map((label, j) => ({ id: `o${j + 1}`, label }))
      if (d.kind === 'multi' && d.maxPicks !== undefined) {
        if (!Number.isInteger(d.maxPicks) || d.maxPicks < 1 || d.maxPicks > labels.length) return { ok: false, message: `${n}最多可选的项数应在 1 到 ${labels.length} 之间` }
        q.maxPicks = d.maxPicks
      }
    } else if (d.options?.length) {
      return { ok: false, message: `${n}是${QUESTION_KIND_NAMES[d.kind]}题，不需要选项` }
    }
    out.push(q)
  }
  return { ok: true, value: out }
}

/** An answer checked against the questions: unknown questions, missing required ones and values of the wrong kind are refused. */
export function validateAnswers(questions: readonly Question[], raw: Record<string, unknown>): Checked<AnswerMap> {
  const byId = new Map(questions.map((q) => [q.id, q]))
  for (const k of Object.keys(raw)) if (!byId.has(k)) return { ok: false, message: '问卷里没有这道题，请刷新后重新填写' }
  const out: AnswerMap = {}
  for (const [i, q] of questions.entries()) {
    const n = `第 ${i + 1} 题「${q.title}」`
    const v = raw[q.id]
    const blank = v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0)
    if (blank) {
      if (q.required) return { ok: false, message: `${n}还没有填写` }
      continue
    }
    const ids = new Set((q.options ?? []).map((o) => o.id))
    if (q.kind === 'single') {
      if (typeof v !== 'string' || !ids.has(v)) return { ok: false, message: `${n}请选择一个选项` }
      out[q.id] = v
    } else if (q.kind === 'multi') {
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && ids.has(x))) return { ok: false, message: `${n}的选项不对` }
      if (new Set(v).size !== v.length) return { ok: false, message: `${n}有重复的选项` }
      if (q.maxPicks && v.length > q.maxPicks) return { ok: false, message: `${n}最多选 ${q.maxPicks} 项` }
      out[q.id] = (q.options ?? []).map((o) => o.id).filter((id) => v.includes(id))
    } else if (q.kind === 'rating') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5) return { ok: false, message: `${n}请打 1 到 5 分` }
      out[q.id] = v
    } else {
      if (typeof v !== 'string') return { ok: false, message: `${n}请填写文字` }
      const t = v.trim()
      if ([...t].length > LIMITS.text) return { ok: false, message: `${n}最多 ${LIMITS.text} 个字` }
      out[q.id] = t
    }
  }
  return { ok: true, value: out }
}

/** The survey field that counts one option / one score / (key 'n') the answers of one question. */
export function tallyField(questionId: string, key: string | number): string {
  return `tally_${questionId}_${key}`
}

/** The counter fields one answer adds one to. */
function fieldsOf(questions: readonly Question[], a: AnswerMap): string[] {
  const out: string[] = []
  for (const q of questions) {
    const v = a[q.id]
    if (v === undefined) continue
    out.push(tallyField(q.id, 'n'))
    if (q.kind === 'multi') for (const o of v as string[]) out.push(tallyField(q.id, o))
    else if (q.kind !== 'text') out.push(tallyField(q.id, v as string | number))
  }
  return out
}

/** How the counters move when a person's answer goes from `before` (none: a first answer) to `after`. */
export function tallyDelta(questions: readonly Question[], before: AnswerMap | undefined, after: AnswerMap): Record<string, number> {
  const d: Record<string, number> = {}
  for (const f of before ? fieldsOf(questions, before) : []) d[f] = (d[f] ?? 0) - 1
  for (const f of fieldsOf(questions, after)) d[f] = (d[f] ?? 0) + 1
  for (const f of Object.keys(d)) if (d[f] === 0) delete d[f]
  return d
}

export interface OptionResult {
  id: string
  label: string
  count: number
  /** of those who answered the question, 0..1 */
  share: number
}

export interface QuestionResult {
  id: string
  kind: QuestionKind
  title: string
  answered: number
  options?: OptionResult[]
  /** rating only: count per score 1..5 and the average (null with no ratings) */
  distribution?: number[]
  average?: number | null
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits

/** Results from the survey's counters (no scan of answers). `count(field)` reads one counter. */
export function results(questions: readonly Question[], count: (field: string) => number): QuestionResult[] {
  return questions.map((q) => {
    const answered = count(tallyField(q.id, 'n'))
    const base = { id: q.id, kind: q.kind, title: q.title, answered }
    if (q.kind === 'rating') {
      const distribution = RATING_SCORES.map((s) => count(tallyField(q.id, s)))
      const sum = distribution.reduce((a, c, i) => a + c * (i + 1), 0)
      return { ...base, distribution, average: answered ? round(sum / answered, 2) : null }
    }
    if (q.kind === 'text') return base
    // share of the people who answered the question; a multiple choice's shares may add up past 100%
    const options = (q.options ?? []).map((o) => {
      const c = count(tallyField(q.id, o.id))
      return { id: o.id, label: o.label, count: c, share: answered ? round(c / answered, 4) : 0 }
    })
    return { ...base, options }
  })
}

export interface Satisfaction {
  /** ratings of 4 or 5 */
  satisfied: number
  /** every rating given */
  total: number
  /** satisfied / total, 0..1 with 4 digits; null with no ratings */
  rate: number | null
}

/** 满意率: the share of ratings 4–5 over every rating question of a satisfaction survey. */
export function satisfactionRate(questions: readonly Question[], count: (field: string) => number): Satisfaction {
  let satisfied = 0
  let total = 0
  for (const q of questions) {
    if (q.kind !== 'rating') continue
    for (const s of RATING_SCORES) {
      const c = count(tallyField(q.id, s))
      total += c
      if (s >= SATISFIED_FROM) satisfied += c
    }
  }
  return { satisfied, total, rate: total ? round(satisfied / total, 4) : null }
}

/** "92.5%" — how a rate reads. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${round(rate * 100, 1)}%`
}

/** A closing date (YYYY-MM-DD, Shanghai) closes at the end of that day: the next local midnight. */
export function closingInstant(date: string): Date {
  return atLocal(addDays(date, 1))
}

/** The local day a closing instant ends (for the form and the card). */
export function closingDate(closesAt: string): string {
  return localDate(new Date(Date.parse(closesAt) - 1))
}

export const SURVEY_STATES = ['draft', 'published', 'closed'] as const
export type SurveyState = (typeof SURVEY_STATES)[number]

export interface SurveyTiming {
  status: SurveyState
  closesAt: string
}

/** Whether a survey takes answers at `now`; otherwise why not (TOO_EARLY before publishing, TOO_LATE after closing). */
export function answerWindow(s: SurveyTiming, now: Date): { ok: true } | { ok: false; code: 'TOO_EARLY' | 'TOO_LATE'; message: string } {
  if (s.status === 'draft') return { ok: false, code: 'TOO_EARLY', message: '这份问卷还没有发布' }
  if (s.status === 'closed' || s.closesAt <= now.toISOString()) return { ok: false, code: 'TOO_LATE', message: '这份问卷已经截止，不能再填写或修改' }
  return { ok: true }
}

/** Throws TOO_EARLY / TOO_LATE unless the survey takes answers now. */
export function mustTakeAnswers(s: SurveyTiming, now: Date): void {
  const w = answerWindow(s, now)
  if (!w.ok) fail(w.code, w.message)
}

/** The sweeper closes a published survey once its closing instant has passed. */
export function isDue(s: SurveyTiming, now: Date): boolean {
  return s.status === 'published' && s.closesAt <= now.toISOString()
}

export type SurveyMove = 'edit' | 'publish' | 'close' | 'expire'
export type SurveyActor = 'editor' | 'system'

export const SURVEY_MACHINE: MachineDef<SurveyState, SurveyMove, SurveyActor> = {
  noun: '问卷',
  names: { draft: '草稿', published: '收集中', closed: '已截止' },
  moves: {
    edit: { from: ['draft'], who: ['editor'], wrongState: '问卷发布后题目不能再改', notAllowed: '只有社区工作人员可以编辑问卷' },
    publish: { from: ['draft'], to: 'published', who: ['editor'], wrongState: '这份问卷已经发布过了', notAllowed: '只有社区工作人员可以发布问卷' },
    close: { from: ['published'], to: 'closed', who: ['editor'], wrongState: '只有收集中的问卷可以截止', notAllowed: '只有社区工作人员可以截止问卷' },
    expire: { from: ['published'], to: 'closed', who: ['system'] },
  },
}

/** Who sees a survey: editors of its community see all; residents see published and closed ones for the community or their grid. */
export function canSee(s: { communityId: string; status: SurveyState; gridId?: string }, v: { communityId: string; editor: boolean; gridId?: string }): boolean {
  if (s.communityId !== v.communityId) return false
  if (v.editor) return true
  return s.status !== 'draft' && (!s.gridId || s.gridId === v.gridId)
}

/** The deterministic id of one person's answer to one survey. */
export function answerId(surveyId: string, openid: string): string {
  return `${surveyId}:${openid}`
}
