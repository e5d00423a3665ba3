import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { members as contract } from '../../src/domain/contracts/members'
import { auditLog } from './handlers/auditLog'
import { contact } from './handlers/contact'
import { deleteMine } from './handlers/deleteMine'
import { exportMine } from './handlers/exportMine'
import { grantRole } from './handlers/grantRole'
import { leaderboard } from './handlers/leaderboard'
import { me } from './handlers/me'
import { pass } from './handlers/pass'
import { people } from './handlers/people'
import { points } from './handlers/points'
import { report } from './handlers/report'
import { revokeRole } from './handlers/revokeRole'
import { setCare } from './handlers/setCare'
import { updateProfile } from './handlers/updateProfile'

export const members = wire(contract, {
  me,
  updateProfile,
  setCare,
  report,
  grantRole,
  revokeRole,
  points,
  pass,
  leaderboard,
  exportMine,
  deleteMine,
  contact,
  auditLog,
  people,
})

export const main = cloudMain('members', members)
