import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { runStep } from '../step'

/** The lead department posts progress, with photos. */
export const progress = action({
  input: tickets.progress.input,
  roles: ['liaison'],
  handler: (input, ctx) => runStep(ctx, input.id, { action: 'progress', note: input.note, images: input.images }, [input.note]),
})
