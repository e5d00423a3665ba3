import { surveys } from '../../../src/domain/contracts/surveys'
import { EDITOR_ROLES } from '../../../src/domain/surveys/rules'
import { action } from '../../_runtime/types'
import { moveSurvey } from '../survey'

/** Staff close a survey before its date; answers are refused from then on. */
export const close = action({
  input: surveys.close.input,
  roles: EDITOR_ROLES,
  handler: async (input, ctx) => {
    await moveSurvey(ctx, input.id, 'close', { extra: () => ({ closedAt: ctx.clock.now().toISOString() }) })
    return { id: input.id, status: 'closed' as const }
  },
})
