import { street } from '../../../src/domain/contracts/street'
import { action } from '../../_runtime/types'
import { dashboardView } from '../view'

/** 街道工作台: each community of the caller's street and the street total for a month, quarter or year, with the monthly trend. */
export const dashboard = action({
  input: street.dashboard.input,
  roles: ['secretary', 'staff', 'admin'],
  handler: (input, ctx) => dashboardView(input, ctx),
})
