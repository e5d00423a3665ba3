import { surveys } from '../../../src/domain/contracts/surveys'
import { publicName } from '../../../src/domain/privacy'
import { EDITOR_ROLES, results as resultsOf, satisfactionRate } from '../../../src/domain/surveys/rules'
import { action } from '../../_runtime/types'
import { counter, gridsHere, mustSee, namesOf, toItem, viewerOf, type AnswerDoc, type SurveyDoc } from '../survey'

/** Text answers shown per question (newest first); the CSV holds them all. */
export const TEXTS_SHOWN = 50

/** For staff: counts per option, rating averages and distributions from the survey's counters, the latest text answers with masked names, and the 满意率 of a satisfaction survey. */
export const results = action({
  input: surveys.results.input,
  roles: EDITOR_ROLES,
  handler: async (input, ctx) => {
    // the latest answers are read with the survey (one round trip), and shown only once it is visible
    const [grids, found, latest] = await Promise.all([
      gridsHere(ctx),
      ctx.store.get<SurveyDoc>('surveys', input.id),
      ctx.store.query<AnswerDoc>('survey_answers', { where: { surveyId: input.id }, orderBy: [['updatedAt', 'desc']], limit: 100 }),
    ])
    const s = mustSee(found, viewerOf(ctx, grids))
    const count = counter(s)
    const questions = resultsOf(s.questions, count).map((r) =>
      r.kind !== 'text'
        ? r
        : {
            ...r,
            texts: latest.items
              .filter((a) => typeof a.answers[r.id] === 'string')
              .slice(0, TEXTS_SHOWN)
              .map((a) => ({ name: publicName(a.name, a.building), text: a.answers[r.id] as string, at: a.updatedAt })),
          },
    )
    return {
      survey: toItem(s, ctx.clock.now(), false, namesOf(grids)),
      answerCount: s.answerCount,
      questions,
      ...(s.kind === 'satisfaction' ? { satisfaction: satisfactionRate(s.questions, count) } : {}),
    }
  },
})
