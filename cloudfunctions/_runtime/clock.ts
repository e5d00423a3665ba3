import type { Clock, Logger, LogFields } from './types'

export const systemClock: Clock = { now: () => new Date() }

/** A clock tests and the emulator's demo mode can move by hand. */
export class FixedClock implements Clock {
  private t: number
  constructor(at: Date | string) {
    this.t = new Date(at).getTime()
  }
  now(): Date {
    return new Date(this.t)
  }
  set(at: Date | string): void {
    this.t = new Date(at).getTime()
  }
  advance(minutes: number): void {
    this.t += minutes * 60_000
  }
}

/** One JSON line per entry on stderr/stdout; quiet when REDPOST_LOG=silent (tests). */
export function consoleLogger(silent = false): Logger {
  const line = (level: string, msg: string, fields?: LogFields) =>
    JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields })
  return {
    info: (m, f) => void (!silent && console.log(line('info', m, f))),
    warn: (m, f) => void (!silent && console.warn(line('warn', m, f))),
    error: (m, f) => void (!silent && console.error(line('error', m, f))),
  }
}

/** A logger that keeps entries, for tests that assert what was logged. */
export function memoryLogger(): Logger & { entries: { level: string; msg: string; fields?: LogFields }[] } {
  const entries: { level: string; msg: string; fields?: LogFields }[] = []
  return {
    entries,
    info: (msg, fields) => void entries.push({ level: 'info', msg, fields }),
    warn: (msg, fields) => void entries.push({ level: 'warn', msg, fields }),
    error: (msg, fields) => void entries.push({ level: 'error', msg, fields }),
  }
}
