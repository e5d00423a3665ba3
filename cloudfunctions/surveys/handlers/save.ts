import { randomUUID } from 'node:crypto'
import { surveys } from '../../../src/domain/contracts/surveys'
import { fail } from '../../../src/domain/errors'
import { buildQuestions, closingInstant, EDITOR_ROLES } from '../../../src/domain/surveys/rules'
import { action } from '../../_runtime/types'
import type { GridDoc } from '../../bulletin/notices'
import { moveSurvey, WHOLE_COMMUNITY, type SurveyDoc } from '../survey'

/** Staff write a draft (no id) or change their community's draft (id); published surveys keep their questions. */
export const save = action({
  input: surveys.save.input,
  roles: EDITOR_ROLES,
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const built = buildQuestions(input.questions)
    if (!built.ok) fail('INVALID_INPUT', built.message)
    const closesAt = closingInstant(input.closesOn)
    if (Number.isNaN(closesAt.getTime())) fail('INVALID_INPUT', '截止日期不对')
    if (closesAt <= now) fail('INVALID_INPUT', '截止日期不能早于今天')
    if (input.gridId) {
      const grid = await ctx.store.get<GridDoc>('grids', input.gridId)
      if (!grid || grid.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '本社区没有这个网格')
    }
    await ctx.services.checkText([input.title, input.intro ?? '', ...built.value.flatMap((q) => [q.title, ...(q.options ?? []).map((o) => o.label)])], ctx.caller)
    const fields = {
      title: input.title,
      intro: input.intro ?? '',
      kind: input.kind,
      audience: input.gridId ?? WHOLE_COMMUNITY,
      gridId: input.gridId,
      questions: built.value,
      closesAt: closesAt.toISOString(),
    }
    if (input.id) {
      await moveSurvey(ctx, input.id, 'edit', { extra: () => fields })
      return { id: input.id }
    }
    const at = now.toISOString()
    const doc: SurveyDoc = {
      _id: randomUUID(),
      communityId: ctx.caller.communityId,
      ...fields,
      status: 'draft',
      answerCount: 0,
      author: ctx.caller.openid,
      authorName: ctx.caller.name ?? '社区工作人员',
      createdAt: at,
      version: 0,
      updatedAt: at,
      timeline: [{ at, by: ctx.caller.openid, byName: ctx.caller.name ?? '社区工作人员', action: 'create' }],
    }
    if (!doc.gridId) delete doc.gridId
    await ctx.store.insert('surveys', doc)
    return { id: doc._id }
  },
})
