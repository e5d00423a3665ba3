import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { runStep } from '../step'

/** The lead department reports the problem solved, with a summary and evidence photos. */
export const resolve = action({
  input: tickets.resolve.input,
  roles: ['liaison'],
  handler: (input, ctx) => runStep(ctx, input.id, { action: 'resolve', summary: input.summary, images: input.images }, [input.summary]),
})
