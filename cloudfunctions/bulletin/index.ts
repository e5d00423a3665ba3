import { cloudMain } from '../_runtime/cloud'
import type { FunctionModule } from '../_runtime/types'
import { archive } from './handlers/archive'
import { get } from './handlers/get'
import { grids } from './handlers/grids'
import { home } from './handlers/home'
import { list } from './handlers/list'
import { publish } from './handlers/publish'
import { unread } from './handlers/unread'

export const bulletin = { list, get, publish, archive, unread, grids, home } satisfies FunctionModule

export const main = cloudMain('bulletin', bulletin)
