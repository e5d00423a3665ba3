import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { meetings as contract } from '../../src/domain/contracts/meetings'
import { cancel } from './handlers/cancel'
import { close } from './handlers/close'
import { convert } from './handlers/convert'
import { edit } from './handlers/edit'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { people } from './handlers/people'
import { pick } from './handlers/pick'
import { propose } from './handlers/propose'
import { record } from './handlers/record'
import { schedule } from './handlers/schedule'
import { second } from './handlers/second'

export const meetings = wire(contract, { list, get, people, schedule, edit, cancel, propose, second, pick, record, close, convert })

export const main = cloudMain('meetings', meetings)
