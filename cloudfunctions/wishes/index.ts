import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { wishes as contract } from '../../src/domain/contracts/wishes'
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
import { satisfaction } from './handlers/satisfaction'

export const wishes = wire(contract, {
  list,
  get,
  post,
  approve,
  decline,
  claim,
  release,
  fulfill,
  confirm,
  satisfaction,
  match,
  resources,
  offerResource,
  posts,
  joinPost,
  logHours,
  hours,
  decideHours,
  roster,
})

export const main = cloudMain('wishes', wishes)
