import { surveys } from '../../../src/domain/contracts/surveys'
import { publicName } from '../../../src/domain/privacy'
import { surveyCsv } from '../../../src/domain/surveys/csv'
import { EDITOR_ROLES } from '../../../src/domain/surveys/rules'
import { localDate } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { everything } from '../../bulletin/notices'
import { gridNames, viewerOf, visibleSurvey, type AnswerDoc } from '../survey'

/** Every answer of a survey as CSV (names masked), oldest first, for Excel. */
export const exportCsv = action({
  input: surveys.exportCsv.input,
  roles: EDITOR_ROLES,
  handler: async (input, ctx) => {
    const s = await visibleSurvey(ctx, input.id, await viewerOf(ctx))
    const grids = await gridNames(ctx)
    const answers = (await everything<AnswerDoc>(ctx, 'survey_answers', { surveyId: s._id })).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id))
    const rows = answers.map((a) => ({ name: publicName(a.name, a.building), gridName: a.gridId ? grids.get(a.gridId) : undefined, updatedAt: a.updatedAt, answers: a.answers }))
    return { filename: `${s.title}-${localDate(ctx.clock.now())}.csv`, csv: surveyCsv(s.title, s.questions, rows), rows: rows.length }
  },
})
