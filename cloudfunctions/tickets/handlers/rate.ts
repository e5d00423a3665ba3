import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { runStep } from '../step'

/** The person who raised the problem rates how it was handled (1–5) and the ticket closes. */
export const rate = action({
  input: tickets.rate.input,
  roles: 'anyone',
  handler: (input, ctx) => runStep(ctx, input.id, { action: 'rate', score: input.score, comment: input.comment || undefined }, [input.comment]),
})
