import { cloudMain } from '../_runtime/cloud'
import type { FunctionModule } from '../_runtime/types'
import { answer } from './handlers/answer'
import { close } from './handlers/close'
import { exportCsv } from './handlers/export-csv'
import { get } from './handlers/get'
import { list } from './handlers/list'
import { publish } from './handlers/publish'
import { results } from './handlers/results'
import { satisfaction } from './handlers/satisfaction'
import { save } from './handlers/save'

export const surveys = { list, get, save, publish, close, answer, results, exportCsv, satisfaction } satisfies FunctionModule

export const main = cloudMain('surveys', surveys)
