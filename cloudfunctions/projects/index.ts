import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { projects as contract } from '../../src/domain/contracts/projects'
import { claim } from './handlers/claim'
import { complete } from './handlers/complete'
import { createTeam } from './handlers/createTeam'
import { decideHours } from './handlers/decideHours'
import { get } from './handlers/get'
import { joinTeam } from './handlers/joinTeam'
import { leaveTeam } from './handlers/leaveTeam'
import { list } from './handlers/list'
import { logHours } from './handlers/logHours'
import { milestone } from './handlers/milestone'
import { move } from './handlers/move'
import { progress } from './handlers/progress'
import { save } from './handlers/save'
import { team } from './handlers/team'
import { teams } from './handlers/teams'
import { withdrawClaim } from './handlers/withdrawClaim'
import { workers } from './handlers/workers'

export const projects = wire(contract, { list, get, save, move, milestone, complete, claim, withdrawClaim, progress, logHours, decideHours, workers, teams, team, createTeam, joinTeam, leaveTeam })

export const main = cloudMain('projects', projects)
