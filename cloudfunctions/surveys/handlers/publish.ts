import { surveys } from '../../../src/domain/contracts/surveys'
import { fail } from '../../../src/domain/errors'
import { EDITOR_ROLES } from '../../../src/domain/surveys/rules'
import { action } from '../../_runtime/types'
import { moveSurvey } from '../survey'

/** A draft starts taking answers; its closing date must still lie ahead. */
export const publish = action({
  input: surveys.publish.input,
  roles: EDITOR_ROLES,
  handler: async (input, ctx) => {
    const at = ctx.clock.now().toISOString()
    await moveSurvey(ctx, input.id, 'publish', {
      extra: (s) => {
        if (s.closesAt <= at) fail('INVALID_INPUT', '截止日期已过，请先修改截止日期')
        return { publishedAt: at }
      },
    })
    return { id: input.id, status: 'published' as const }
  },
})
