import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { visits as contract } from '../../src/domain/contracts/visits'
import { addHousehold } from './handlers/addHousehold'
import { assign } from './handlers/assign'
import { candidates } from './handlers/candidates'
import { coverage } from './handlers/coverage'
import { get } from './handlers/get'
import { log } from './handlers/log'
import { mine } from './handlers/mine'
import { release } from './handlers/release'

export const visits = wire(contract, { mine, get, log, assign, release, addHousehold, coverage, candidates })

export const main = cloudMain('visits', visits)
