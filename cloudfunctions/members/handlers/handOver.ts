import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import { moveRedemption, redemptionView } from '../rewards'

/** Staff at the shop confirm the reward was handed over; a second confirm answers ALREADY_DONE. */
export const handOver = action({
  input: members.handOver.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => redemptionView(await moveRedemption(ctx, input.id, 'handOver')),
})
