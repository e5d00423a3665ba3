import { events } from '../../../src/domain/contracts/events'
import { action } from '../../_runtime/types'
import { joinEvent } from '../signup-moves'

/** Takes a place if one is left, otherwise joins the waitlist; one transaction. */
export const signUp = action({
  input: events.signUp.input,
  roles: 'anyone',
  handler: async ({ eventId }, ctx) => ({ status: await joinEvent(ctx, eventId) }),
})
