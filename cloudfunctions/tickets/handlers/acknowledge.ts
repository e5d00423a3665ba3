import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { runStep } from '../step'

/** 报到: a liaison acknowledges for their department (once per department). */
export const acknowledge = action({
  input: tickets.acknowledge.input,
  roles: ['liaison'],
  handler: (input, ctx) => runStep(ctx, input.id, { action: 'acknowledge' }),
})
