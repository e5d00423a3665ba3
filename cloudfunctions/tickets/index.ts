import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { tickets as contract } from '../../src/domain/contracts/tickets'
import { acknowledge } from './handlers/acknowledge'
import { departments } from './handlers/departments'
import { follow } from './handlers/follow'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { nearby } from './handlers/nearby'
import { progress } from './handlers/progress'
import { rate } from './handlers/rate'
import { requestTransfer } from './handlers/requestTransfer'
import { resolve } from './handlers/resolve'
import { routing } from './handlers/routing'
import { setRoute } from './handlers/setRoute'
import { settings } from './handlers/settings'
import { stats } from './handlers/stats'
import { submit } from './handlers/submit'
import { triage } from './handlers/triage'
import { unfollow } from './handlers/unfollow'
import { updateSettings } from './handlers/updateSettings'
import { verify } from './handlers/verify'
import { whistle } from './handlers/whistle'

export const tickets = wire(contract, {
  submit,
  nearby,
  follow,
  unfollow,
  triage,
  whistle,
  acknowledge,
  progress,
  resolve,
  requestTransfer,
  verify,
  rate,
  list,
  get,
  stats,
  departments,
  routing,
  setRoute,
  settings,
  updateSettings,
})

export const main = cloudMain('tickets', tickets)
