import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import { moveRedemption, redemptionView } from '../rewards'

/** The member (or staff) cancel a redemption not yet handed over: the points and the stock go back. */
export const cancelRedemption = action({
  input: members.cancelRedemption.input,
  roles: ['member', 'staff', 'secretary'],
  handler: async (input, ctx) => redemptionView(await moveRedemption(ctx, input.id, 'cancel')),
})
