import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { street as contract } from '../../src/domain/contracts/street'
import { dashboard } from './handlers/dashboard'
import { exportCsv } from './handlers/export'
import { recompute } from './handlers/recompute'

export const street = wire(contract, { dashboard, export: exportCsv, recompute })

export const main = cloudMain('street', street)
