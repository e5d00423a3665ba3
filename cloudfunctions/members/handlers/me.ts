import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import { profileFrom } from '../profile'

export const me = action({
  input: members.me.input,
  roles: 'anyone',
  handler: (_input, ctx) => profileFrom(ctx.store, ctx.caller),
})
