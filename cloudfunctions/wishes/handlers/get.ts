import { wishes } from '../../../src/domain/contracts/wishes'
import { fail } from '../../../src/domain/errors'
import { visibility } from '../../../src/domain/wishes/privacy'
import { action } from '../../_runtime/types'
import { respond, loadWish, PUBLIC_STATES } from '../wish'

/** One wish; pending and declined wishes are seen only by their poster and staff. */
export const get = action({
  input: wishes.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const wish = await loadWish(ctx, input.id)
    const v = visibility(wish, ctx.caller)
    if (!PUBLIC_STATES.includes(wish.state) && v !== 'full') fail('NOT_FOUND', '没有找到这个心愿')
    return respond(ctx, wish)
  },
})
