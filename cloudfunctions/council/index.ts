import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { council as contract } from '../../src/domain/contracts/council'
import { add } from './handlers/add'
import { cancel } from './handlers/cancel'
import { candidates } from './handlers/candidates'
import { item } from './handlers/item'
import { lists } from './handlers/lists'
import { match } from './handlers/match'
import { pair } from './handlers/pair'
import { people } from './handlers/people'
import { progress } from './handlers/progress'
import { review } from './handlers/review'
import { saveUnit } from './handlers/saveUnit'
import { takeNeed } from './handlers/takeNeed'
import { unit } from './handlers/unit'
import { units } from './handlers/units'

export const council = wire(contract, { units, unit, saveUnit, pair, lists, item, candidates, add, takeNeed, match, progress, cancel, people, review })

export const main = cloudMain('council', council)
