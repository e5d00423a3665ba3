import { cloudMain } from '../_runtime/cloud'
import type { FunctionModule } from '../_runtime/types'
import { auditLog } from './handlers/auditLog'
import { contact } from './handlers/contact'
import { deleteMine } from './handlers/deleteMine'
import { exportMine } from './handlers/exportMine'
import { grantRole } from './handlers/grantRole'
import { leaderboard } from './handlers/leaderboard'
import { me } from './handlers/me'
import { points } from './handlers/points'
import { report } from './handlers/report'
import { revokeRole } from './handlers/revokeRole'
import { updateProfile } from './handlers/updateProfile'

export const members = {
  me,
  updateProfile,
  report,
  grantRole,
  revokeRole,
  points,
  leaderboard,
  exportMine,
  deleteMine,
  contact,
  auditLog,
} satisfies FunctionModule

export const main = cloudMain('members', members)
