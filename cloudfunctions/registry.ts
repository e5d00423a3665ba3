/** Every cloud function the emulator and the tests host, by name, and the timers the emulator runs. */
import type { Deps } from './_runtime/router'
import type { FunctionModule } from './_runtime/types'
import type { Contracts } from '../src/domain/contracts'
import { booking } from './booking'
import { bulletin } from './bulletin'
import { events } from './events'
import { meetings } from './meetings'
import { members } from './members'
import { street } from './street'
import { surveys } from './surveys'
import { sweep } from './sweeper/sweep'
import { tickets } from './tickets'
import { visits } from './visits'
import { wishes } from './wishes'

/** One function per contract (src/domain/contracts), each wired against it; the sweeper is a timer, below. */
export const FUNCTIONS = { members, bulletin, wishes, events, booking, tickets, surveys, meetings, visits, street } satisfies Record<keyof Contracts, FunctionModule>

export interface Timer {
  name: string
  everyMs: number
  run(deps: Omit<Deps, 'functions'>): Promise<unknown>
}

/** Timer triggers (on WeChat cloud: config.json triggers; locally: intervals). */
export const TIMERS: Timer[] = [{ name: 'sweeper', everyMs: 60_000, run: sweep }]
