import { cloudMain } from '../_runtime/cloud'
import type { FunctionModule } from '../_runtime/types'
import { addHousehold } from './handlers/addHousehold'
import { assign } from './handlers/assign'
import { candidates } from './handlers/candidates'
import { coverage } from './handlers/coverage'
import { get } from './handlers/get'
import { log } from './handlers/log'
import { mine } from './handlers/mine'
import { release } from './handlers/release'

export const visits = { mine, get, log, assign, release, addHousehold, coverage, candidates } satisfies FunctionModule

export const main = cloudMain('visits', visits)
