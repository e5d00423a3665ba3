import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { members as contract } from '../../src/domain/contracts/members'
import { auditLog } from './handlers/auditLog'
import { cancelRedemption } from './handlers/cancelRedemption'
import { feedback } from './handlers/feedback'
import { feedbackLink } from './handlers/feedbackLink'
import { handOver } from './handlers/handOver'
import { myRedemptions } from './handlers/myRedemptions'
import { redeem } from './handlers/redeem'
import { redemptions } from './handlers/redemptions'
import { rewards } from './handlers/rewards'
import { saveReward } from './handlers/saveReward'
import { yearSummary } from './handlers/yearSummary'
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
import { units } from './handlers/units'
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
  units,
  rewards,
  saveReward,
  redeem,
  myRedemptions,
  redemptions,
  handOver,
  cancelRedemption,
  yearSummary,
  feedbackLink,
  feedback,
})

export const main = cloudMain('members', members)
