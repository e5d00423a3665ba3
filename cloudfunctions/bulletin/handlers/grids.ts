import { bulletin } from '../../../src/domain/contracts/bulletin'
import { action } from '../../_runtime/types'
import { gridsOf } from '../notices'

/** The grids of the caller's community, for choosing a notice's audience. */
export const grids = action({
  input: bulletin.grids.input,
  roles: 'anyone',
  handler: async (_input, ctx) => ({
    items: (await gridsOf(ctx, ctx.caller.communityId)).map((g) => ({ id: g._id, name: g.name })),
  }),
})
