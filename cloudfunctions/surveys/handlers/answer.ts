import { surveys } from '../../../src/domain/contracts/surveys'
import { AppError, fail } from '../../../src/domain/errors'
import { answerId, mustTakeAnswers, tallyDelta, validateAnswers } from '../../../src/domain/surveys/rules'
import { ATTEMPTS } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { op, type Patch } from '../../_store/port'
import { gridsHere, viewerOf, visibleSurvey, type AnswerDoc, type SurveyDoc } from '../survey'

/**
 * A resident of the audience answers, or changes their answer, until the survey closes.
 * One answer per person by construction: its id is `surveyId:openid`; the answer it replaces is read
 * inside the transaction and the change is conditioned on its revision; the survey's counters move in
 * the same transaction, conditioned on the survey still taking answers. A lost race retries.
 */
export const answer = action({
  input: surveys.answer.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const v = viewerOf(ctx, await gridsHere(ctx))
    const _id = answerId(input.id, ctx.caller.openid)
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const now = ctx.clock.now()
      const s = await visibleSurvey(ctx, input.id, v)
      mustTakeAnswers(s, now)
      const checked = validateAnswers(s.questions, input.answers)
      if (!checked.ok) fail('INVALID_INPUT', checked.message)
      const at = now.toISOString()
      let first = false
      try {
        const written = await ctx.store.transaction(async (tx) => {
          // read inside the transaction: the counters move from exactly the answer this replaces
          const before = await tx.get<AnswerDoc>('survey_answers', _id)
          const counters: Patch = { updatedAt: at }
          for (const [f, by] of Object.entries(tallyDelta(s.questions, before?.answers, checked.value))) counters[f] = op.inc(by)
          if (before) {
            const changed = await tx.update('survey_answers', _id, { answers: checked.value, rev: op.inc(1), updatedAt: at }, { where: { rev: before.rev } })
            if (!changed) return false
          } else {
            counters.answerCount = op.inc(1)
            const doc: AnswerDoc = {
              _id,
              surveyId: s._id,
              communityId: s.communityId,
              openid: ctx.caller.openid,
              ...(v.member?.name ? { name: v.member.name } : {}),
              ...(v.member?.building ? { building: v.member.building as string } : {}),
              ...(v.gridId ? { gridId: v.gridId } : {}),
              answers: checked.value,
              rev: 1,
              createdAt: at,
              updatedAt: at,
            }
            await tx.insert('survey_answers', doc)
          }
          const open = await tx.update('surveys', s._id, counters, { where: { status: 'published', closesAt: { $gt: at } } })
          // throwing rolls the answer back with it
          if (!open) fail('TOO_LATE', '这份问卷已经截止，不能再填写或修改')
          first = !before
          return true
        })
        if (!written) continue
      } catch (e) {
        // another write of the same answer got there first: read again
        if (e instanceof AppError && e.code === 'CONFLICT') continue
        throw e
      }
      const after = await ctx.store.get<SurveyDoc>('surveys', s._id)
      return { id: _id, first, answerCount: after?.answerCount ?? s.answerCount }
    }
    fail('CONFLICT', '提交的人太多，请稍后再试')
  },
})
