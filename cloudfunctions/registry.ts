/** Every cloud function the emulator and the tests host, by name, and the timers the emulator runs. */
import type { Deps } from './_runtime/router'
import type { FunctionModule } from './_runtime/types'
import { booking } from './booking'
import { bulletin } from './bulletin'
import { events } from './events'
import { members } from './members'
import { sweep } from './sweeper/sweep'
import { tickets } from './tickets'
import { visits } from './visits'
import { wishes } from './wishes'

export const FUNCTIONS: Record<string, FunctionModule> = { members, bulletin, wishes, events, booking, tickets, visits }

export interface Timer {
  name: string
  everyMs: number
  run(deps: Omit<Deps, 'functions'>): Promise<unknown>
}

/** Timer triggers (on WeChat cloud: config.json triggers; locally: intervals). */
export const TIMERS: Timer[] = [{ name: 'sweeper', everyMs: 60_000, run: sweep }]
