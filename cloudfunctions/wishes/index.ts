import { cloudMain } from '../_runtime/cloud'
import type { FunctionModule } from '../_runtime/types'
import { approve } from './handlers/approve'
import { claim } from './handlers/claim'
import { confirm } from './handlers/confirm'
import { decideHours } from './handlers/decideHours'
import { decline } from './handlers/decline'
import { fulfill } from './handlers/fulfill'
import { get } from './handlers/get'
import { hours } from './handlers/hours'
import { joinPost } from './handlers/joinPost'
import { list } from './handlers/list'
import { logHours } from './handlers/logHours'
import { match } from './handlers/match'
import { offerResource } from './handlers/offerResource'
import { post } from './handlers/post'
import { posts } from './handlers/posts'
import { release } from './handlers/release'
import { resources } from './handlers/resources'
import { roster } from './handlers/roster'

export const wishes = {
  list,
  get,
  post,
  approve,
  decline,
  claim,
  release,
  fulfill,
  confirm,
  match,
  resources,
  offerResource,
  posts,
  joinPost,
  logHours,
  hours,
  decideHours,
  roster,
} satisfies FunctionModule

export const main = cloudMain('wishes', wishes)
