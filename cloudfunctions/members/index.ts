import { cloudMain } from '../_runtime/cloud'
import type { FunctionModule } from '../_runtime/types'
import { grantRole } from './handlers/grantRole'
import { leaderboard } from './handlers/leaderboard'
import { me } from './handlers/me'
import { points } from './handlers/points'
import { report } from './handlers/report'
import { revokeRole } from './handlers/revokeRole'
import { updateProfile } from './handlers/updateProfile'

export const members = { me, updateProfile, report, grantRole, revokeRole, points, leaderboard } satisfies FunctionModule

export const main = cloudMain('members', members)
