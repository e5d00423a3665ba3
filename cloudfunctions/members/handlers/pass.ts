import { members } from '../../../src/domain/contracts/members'
import { signToken } from '../../../src/domain/checkin/token'
import { action } from '../../_runtime/types'
import { hmacWith } from '../../events/hmac'

/** My member pass: a personal signed token (60 s) that staff scan to check me in. */
export const pass = action({
  input: members.pass.input,
  roles: ['member'],
  handler: async (_input, ctx) => signToken('pass', ctx.caller.openid, ctx.clock.now().getTime(), hmacWith(ctx.services.secret)),
})
