import { cloudMain } from '../_runtime/cloud'
import type { FunctionModule } from '../_runtime/types'
import { archive } from './handlers/archive'
import { get } from './handlers/get'
import { home } from './handlers/home'
import { list } from './handlers/list'
import { publish } from './handlers/publish'
import { unread } from './handlers/unread'

export const bulletin = { list, get, publish, archive, unread, home } satisfies FunctionModule

export const main = cloudMain('bulletin', bulletin)
