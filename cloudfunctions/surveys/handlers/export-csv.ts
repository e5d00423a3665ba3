import { surveys } from '../../../src/domain/contracts/surveys'
import { publicName } from '../../../src/domain/privacy'
import { surveyCsv } from '../../../src/domain/surveys/csv'
import { EDITOR_ROLES } from '../../../src/domain/surveys/rules'
import { localDate } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { gridsHere, mustSee, namesOf, viewerOf, type AnswerDoc, type SurveyDoc } from '../survey'

/** the most answers one survey takes: a community's residents */
const MAX_ANSWERS = 20000

/** Every answer of a survey as CSV (names masked), oldest first, for Excel. */
export const exportCsv = action({
  input: surveys.exportCsv.input,
  roles: EDITOR_ROLES,
  handler: async (input, ctx) => {
    const [all, found] = await Promise.all([gridsHere(ctx), ctx.store.get<SurveyDoc>('surveys', input.id)])
    const s = mustSee(found, viewerOf(ctx, all))
    const grids = namesOf(all)
    const answers = (await ctx.store.queryAll<AnswerDoc>('survey_answers', { where: { surveyId: s._id } }, { max: MAX_ANSWERS })).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id))
    const rows = answers.map((a) => ({ name: publicName(a.name, a.building), gridName: a.gridId ? grids.get(a.gridId) : undefined, updatedAt: a.updatedAt, answers: a.answers }))
    return { filename: `${s.title}-${localDate(ctx.clock.now())}.csv`, csv: surveyCsv(s.title, s.questions, rows), rows: rows.length }
  },
})
