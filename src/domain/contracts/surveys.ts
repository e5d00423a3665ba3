/** surveys: 问卷调查 — write, publish, answer, close, results, CSV, 满意率 (API.md). */
import { z } from 'zod'
import { LIMITS, QUESTION_KINDS, SURVEY_KINDS, SURVEY_STATES } from '../surveys/rules'
import { id, pageInput, pageOf, requiredText, text } from './common'

export const surveyKind = z.enum(SURVEY_KINDS, { error: '请选择问卷类型' })
const state = z.enum(SURVEY_STATES)
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')

export const questionDraft = z
  .object({
    kind: z.enum(QUESTION_KINDS, { error: '请选择题型' }),
    title: requiredText(LIMITS.prompt),
    required: z.boolean().optional(),
    options: z.array(z.string().max(LIMITS.option, `选项最多 ${LIMITS.option} 个字`)).max(LIMITS.options, `最多 ${LIMITS.options} 个选项`).optional(),
    maxPicks: z.number().int().min(1).max(LIMITS.options).optional(),
  })
  .strict()

export const question = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  title: z.string(),
  required: z.boolean(),
  options: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  maxPicks: z.number().optional(),
})

const answerValue = z.union([z.string().max(LIMITS.text * 2), z.array(z.string().max(16)).max(LIMITS.options), z.number()])
export const answers = z
  .record(z.string().max(16), answerValue)
  .refine((a) => Object.keys(a).length <= LIMITS.questions, `最多 ${LIMITS.questions} 道题`)

export const surveyItem = z.object({
  id: z.string(),
  title: z.string(),
  kind: surveyKind,
  status: state,
  statusName: z.string(),
  gridId: z.string().optional(),
  gridName: z.string().optional(),
  closesAt: z.string(),
  closesOn: z.string(),
  open: z.boolean(),
  answerCount: z.number(),
  answered: z.boolean(),
})

export const survey = surveyItem.extend({
  intro: z.string(),
  questions: z.array(question),
  mine: answers.optional(),
  editor: z.boolean(),
  moves: z.array(z.enum(['edit', 'publish', 'close'])),
})

export const questionResult = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  title: z.string(),
  answered: z.number(),
  options: z.array(z.object({ id: z.string(), label: z.string(), count: z.number(), share: z.number() })).optional(),
  distribution: z.array(z.number()).optional(),
  average: z.number().nullable().optional(),
  texts: z.array(z.object({ name: z.string(), text: z.string(), at: z.string() })).optional(),
})

export const satisfaction = z.object({ satisfied: z.number(), total: z.number(), rate: z.number().nullable() })

export const surveys = {
  list: {
    input: pageInput.strict(),
    output: pageOf(surveyItem),
  },
  get: {
    input: z.object({ id }).strict(),
    output: survey,
  },
  save: {
    input: z
      .object({
        id: id.optional(),
        title: requiredText(LIMITS.title),
        intro: text(LIMITS.intro).optional(),
        kind: surveyKind,
        gridId: id.optional(),
        closesOn: date,
        questions: z.array(questionDraft).min(1, '至少要有一道题').max(LIMITS.questions, `最多 ${LIMITS.questions} 道题`),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  },
  publish: {
    input: z.object({ id }).strict(),
    output: z.object({ id: z.string(), status: z.literal('published') }),
  },
  close: {
    input: z.object({ id }).strict(),
    output: z.object({ id: z.string(), status: z.literal('closed') }),
  },
  answer: {
    input: z.object({ id, answers }).strict(),
    output: z.object({ id: z.string(), first: z.boolean(), answerCount: z.number() }),
  },
  results: {
    input: z.object({ id }).strict(),
    output: z.object({
      survey: surveyItem,
      answerCount: z.number(),
      questions: z.array(questionResult),
      satisfaction: satisfaction.optional(),
    }),
  },
  exportCsv: {
    input: z.object({ id }).strict(),
    output: z.object({ filename: z.string(), csv: z.string(), rows: z.number() }),
  },
  satisfaction: {
    input: z.object({ communityId: id.optional(), surveyId: id.optional() }).strict(),
    output: satisfaction.extend({
      communityId: z.string(),
      surveyId: z.string().optional(),
      title: z.string().optional(),
      status: state.optional(),
      answerCount: z.number(),
    }),
  },
} as const

export type SurveyItem = z.infer<typeof surveyItem>
export type Survey = z.infer<typeof survey>
export type QuestionResultOut = z.infer<typeof questionResult>
