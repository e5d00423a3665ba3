import { cloudMain } from '../_runtime/cloud'
import { wire } from '../_runtime/types'
import { surveys as contract } from '../../src/domain/contracts/surveys'
import { answer } from './handlers/answer'
import { close } from './handlers/close'
import { exportCsv } from './handlers/export-csv'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { publish } from './handlers/publish'
import { results } from './handlers/results'
import { satisfaction } from './handlers/satisfaction'
import { save } from './handlers/save'

export const surveys = wire(contract, { list, get, save, publish, close, answer, results, exportCsv, satisfaction })

export const main = cloudMain('surveys', surveys)
