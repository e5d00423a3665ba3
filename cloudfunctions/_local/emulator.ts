/** Starts and stops the emulator: store, seeds, secret, HTTP server, timers, clean shutdown. */
import { randomBytes } from 'node:crypto'
import type { Server } from 'node:http'
import { dirname, join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { AppError } from '../../src/domain/errors'
import { consoleLogger, systemClock } from '../_runtime/clock'
import type { Deps } from '../_runtime/router'
import { storeRateLimiter } from '../_runtime/ratelimit'
import { localServices } from '../_runtime/services/local'
import type { Clock, Logger } from '../_runtime/types'
import { SqliteStore } from '../_store/sqlite'
import type { Store } from '../_store/port'
import { FUNCTIONS, TIMERS } from '../registry'
import { seed } from './seed'
import { seedStreet } from './street-seed'
import { createEmulator } from './server'

export interface EmulatorOptions {
  port: number
  dataFile: string
  staticDir?: string
  production?: boolean
  clock?: Clock
  log?: Logger
  /** run the timers (sweeper) on their intervals; tests turn this off */
  timers?: boolean
  /** per-openid rate limits (on unless turned off, e.g. for load tests of one identity) */
  rateLimits?: boolean
  /** parse every answer with its contract's output (Deps.checkOutput); on unless NODE_ENV=production */
  checkOutput?: boolean
}

export interface Emulator {
  url: string
  server: Server
  deps: Deps
  stop(): Promise<void>
}

/** The local signing secret is made once and kept in the database, so QR codes survive restarts. */
async function localSecret(store: Store): Promise<string> {
  const existing = await store.get<{ _id: string; value: string }>('secrets', 'local')
  if (existing) return existing.value
  try {
    await store.insert('secrets', { _id: 'local', value: randomBytes(32).toString('hex') })
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
  }
  return (await store.get<{ _id: string; value: string }>('secrets', 'local'))!.value
}

export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const clock = opts.clock ?? systemClock
  const log = opts.log ?? consoleLogger()
  const store = new SqliteStore(opts.dataFile)
  await seed(store, clock.now())
  // the street dashboard's year of history and its aggregates (inserted once, computed again on each start)
  await seedStreet(store, clock.now())
  const deps: Deps = {
    functions: FUNCTIONS,
    store,
    clock,
    log,
    services: localServices(store, clock, log, await localSecret(store)),
    limiter: opts.rateLimits === false ? undefined : storeRateLimiter(store, clock),
    checkOutput: opts.checkOutput ?? process.env.NODE_ENV !== 'production',
  }
  const server = createEmulator({
    deps,
    staticDir: opts.staticDir,
    production: opts.production ?? false,
    uploadDir: join(dirname(opts.dataFile), 'uploads'),
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  const running = new Set<Promise<unknown>>()
  const intervals = (opts.timers ?? true)
    ? TIMERS.map((t) =>
        setInterval(() => {
          const p = t.run(deps).catch((e) => log.error(`timer ${t.name} failed`, { error: String(e) }))
          running.add(p)
          void p.finally(() => running.delete(p))
        }, t.everyMs),
      )
    : []

  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      intervals.forEach(clearInterval)
      // stop accepting, let in-flight requests finish, then close the database (WAL checkpoint)
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      })
      await Promise.all(running)
      await store.close()
    })())

  return { url: `http://127.0.0.1:${port}`, server, deps, stop }
}
