import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { events as contract } from '../../src/domain/contracts/events'
import { attendance } from './handlers/attendance'
import { bases } from './handlers/bases'
import { cancel } from './handlers/cancel'
import { cancelSignUp } from './handlers/cancelSignUp'
import { checkIn } from './handlers/checkIn'
import { checkInMember } from './handlers/checkInMember'
import { checkinToken } from './handlers/checkinToken'
import { create } from './handlers/create'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { proposeTheme } from './handlers/proposeTheme'
import { rate } from './handlers/rate'
import { signUp } from './handlers/signUp'
import { themes } from './handlers/themes'
import { update } from './handlers/update'
import { voteTheme } from './handlers/voteTheme'

export const events = wire(contract, {
  list,
  get,
  bases,
  create,
  update,
  cancel,
  signUp,
  cancelSignUp,
  checkinToken,
  checkIn,
  checkInMember,
  attendance,
  rate,
  proposeTheme,
  voteTheme,
  themes,
})

export const main = cloudMain('events', events)
