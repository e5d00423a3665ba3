import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import { postsOf } from '../duty-posts'

/** The service posts (服务岗位) the caller's community offers, and which ones the caller took. */
export const posts = action({
  input: wishes.posts.input,
  roles: 'anyone',
  handler: (_input, ctx) => postsOf(ctx),
})
