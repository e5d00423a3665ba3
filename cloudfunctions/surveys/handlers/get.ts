import { surveys } from '../../../src/domain/contracts/surveys'
import { movesOpen } from '../../../src/domain/machine'
import { answerId, SURVEY_MACHINE } from '../../../src/domain/surveys/rules'
import { action } from '../../_runtime/types'
import { gridsHere, mustSee, namesOf, toItem, viewerOf, type AnswerDoc, type SurveyDoc } from '../survey'

/** A survey with its questions and the caller's own answer, if any (to change it until closing); read together, one round trip. */
export const get = action({
  input: surveys.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const [grids, found, mine] = await Promise.all([
      gridsHere(ctx),
      ctx.store.get<SurveyDoc>('surveys', input.id),
      ctx.store.get<AnswerDoc>('survey_answers', answerId(input.id, ctx.caller.openid)),
    ])
    const v = viewerOf(ctx, grids)
    const s = mustSee(found, v)
    const moves = v.editor ? movesOpen(SURVEY_MACHINE, s.status, (w) => w === 'editor').filter((m) => m !== 'expire') : []
    return {
      ...toItem(s, ctx.clock.now(), mine !== null, namesOf(grids)),
      intro: s.intro,
      questions: s.questions,
      mine: mine?.answers,
      editor: v.editor,
      moves: moves as ('edit' | 'publish' | 'close')[],
    }
  },
})
