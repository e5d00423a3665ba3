/**
 * The one API contract: every function's actions with their input and output schemas.
 * The app imports this with `import type` only, so zod never reaches the mini-program.
 */
import { booking } from './booking'
import { bulletin } from './bulletin'
import { events } from './events'
import { meetings } from './meetings'
import { members } from './members'
import { street } from './street'
import { surveys } from './surveys'
import { tickets } from './tickets'
import { visits } from './visits'
import { wishes } from './wishes'

export const contracts = { members, bulletin, wishes, events, booking, tickets, surveys, meetings, visits, street } as const

export type Contracts = typeof contracts
