import { surveys } from '../../../src/domain/contracts/surveys'
import { movesOpen } from '../../../src/domain/machine'
import { answerId, SURVEY_MACHINE } from '../../../src/domain/surveys/rules'
import { action } from '../../_runtime/types'
import { gridNames, toItem, viewerOf, visibleSurvey, type AnswerDoc } from '../survey'

/** A survey with its questions and the caller's own answer, if any (to change it until closing). */
export const get = action({
  input: surveys.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const v = await viewerOf(ctx)
    const s = await visibleSurvey(ctx, input.id, v)
    const mine = await ctx.store.get<AnswerDoc>('survey_answers', answerId(s._id, ctx.caller.openid))
    const moves = v.editor ? movesOpen(SURVEY_MACHINE, s.status, (w) => w === 'editor').filter((m) => m !== 'expire') : []
    return {
      ...toItem(s, ctx.clock.now(), mine !== null, await gridNames(ctx)),
      intro: s.intro,
      questions: s.questions,
      mine: mine?.answers,
      editor: v.editor,
      moves: moves as ('edit' | 'publish' | 'close')[],
    }
  },
})
