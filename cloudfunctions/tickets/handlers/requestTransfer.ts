import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { runStep } from '../step'

/** The lead department says it is not theirs; the ticket goes back to the secretary to re-dispatch. */
export const requestTransfer = action({
  input: tickets.requestTransfer.input,
  roles: ['liaison'],
  handler: (input, ctx) => runStep(ctx, input.id, { action: 'request_transfer', reason: input.reason }, [input.reason]),
})
