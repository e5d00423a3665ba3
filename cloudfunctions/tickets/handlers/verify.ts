import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { runStep } from '../step'

/** The secretary checks the result: accepted → awaits the rating; not → back in progress (reopened). */
export const verify = action({
  input: tickets.verify.input,
  roles: ['secretary'],
  handler: (input, ctx) => runStep(ctx, input.id, { action: 'verify', accept: input.accept, reason: input.reason || undefined }, [input.reason]),
})
