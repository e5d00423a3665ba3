import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { bulletin as contract } from '../../src/domain/contracts/bulletin'
import { archive } from './handlers/archive'
import { get } from './handlers/get'
import { grids } from './handlers/grids'
import { home } from './handlers/home'
import { list } from './handlers/list'
import { points } from './handlers/points'
import { publish } from './handlers/publish'
import { unread } from './handlers/unread'

export const bulletin = wire(contract, { list, get, publish, archive, unread, grids, home, points })

export const main = cloudMain('bulletin', bulletin)
