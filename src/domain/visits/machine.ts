/** The assignment of a household (联系户) to its linking member, as a machine (../machine). Pure. */
import type { MachineDef } from '../machine'

export const HOUSEHOLD_STATES = ['unassigned', 'linked'] as const
export type HouseholdState = (typeof HOUSEHOLD_STATES)[number]
export type HouseholdMove = 'assign' | 'release'
/** assigner: the grid's 网格党支部书记 or staff */
export type HouseholdWho = 'assigner'

export const HOUSEHOLD_MACHINE: MachineDef<HouseholdState, HouseholdMove, HouseholdWho> = {
  noun: '联系户',
  names: { unassigned: '未分配', linked: '已联系' },
  moves: {
    assign: { from: ['unassigned', 'linked'], to: 'linked', who: ['assigner'], notAllowed: '只有本网格党支部书记或社工可以分配联系户' },
    release: { from: ['linked'], to: 'unassigned', who: ['assigner'], wrongState: '这一户还没有分配联系党员', notAllowed: '只有本网格党支部书记或社工可以取消分配' },
  },
}
