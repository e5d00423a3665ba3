/**
 * Handler tests go through the same router the cloud uses (no HTTP): a seeded in-memory sqlite
 * store, a pinned clock, a recording logger and typed call helpers. Every answer is parsed with
 * its contract's output (Deps.checkOutput), so a handler drifting from its contract fails a test.
 */
import assert from 'node:assert/strict'
import { z } from 'zod'
import { contracts, type Contracts } from '../../src/domain/contracts'
import type { ErrorBody, ErrorCode } from '../../src/domain/errors'
import { FixedClock, memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { dispatch, type Deps } from '../../cloudfunctions/_runtime/router'
import { localServices } from '../../cloudfunctions/_runtime/services/local'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import { seed } from '../../cloudfunctions/_local/seed'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import { guarded } from './guard'

type Fn = keyof Contracts
type Act<F extends Fn> = keyof Contracts[F] & string
type Def<F extends Fn, A extends Act<F>> = Contracts[F][A] extends { input: z.ZodType; output: z.ZodType } ? Contracts[F][A] : never
export type In<F extends Fn, A extends Act<F>> = z.input<Def<F, A>['input']>
export type Out<F extends Fn, A extends Act<F>> = z.output<Def<F, A>['output']>

/** A Tuesday, 10:00 in Shanghai. */
export const DEFAULT_NOW = '2026-11-24T02:00:00.000Z'

export interface HarnessOptions {
  now?: string
  seed?: boolean
  /** the functions the router hosts (default: the registry); tests of the router swap in their own */
  functions?: Deps['functions']
}

export async function harness(opts: HarnessOptions = {}) {
  const store = guarded(new SqliteStore(':memory:'))
  const clock = new FixedClock(opts.now ?? DEFAULT_NOW)
  const log = memoryLogger()
  if (opts.seed !== false) await seed(store, clock.now())
  const deps: Deps = {
    functions: opts.functions ?? FUNCTIONS,
    store,
    clock,
    log,
    services: localServices(store, clock, log, 'test-secret'),
    checkOutput: true,
  }

  const call = (openid: string | null, fn: string, action: string, data?: unknown) =>
    dispatch({ fn, action, data, openid }, deps)

  /** What the log says about the request behind an INTERNAL answer (e.g. the contract it broke). */
  function logged(error: ErrorBody): string {
    const requestId = (error.details as { requestId?: string } | undefined)?.requestId
    const entry = requestId && log.entries.find((e) => e.fields?.requestId === requestId)
    return entry ? `\n  logged: ${entry.msg}` : ''
  }

  /** Calls an action that must succeed and returns its data as parsed by the action's contract. */
  async function ok<F extends Fn, A extends Act<F>>(openid: string, fn: F, action: A, data: In<F, A>): Promise<Out<F, A>> {
    const r = await call(openid, fn, action, data)
    if (!r.ok) assert.fail(`${fn}.${action} as ${openid} failed: ${r.error.code} ${r.error.message}${logged(r.error)}`)
    const def = contracts[fn][action] as Def<F, A>
    const out = def.output.safeParse(r.data)
    if (!out.success) assert.fail(`${fn}.${action} answered outside its contract: ${z.prettifyError(out.error)}`)
    return out.data as Out<F, A>
  }

  /** Calls an action that must fail with `code` and returns the error body. */
  async function err(openid: string | null, fn: string, action: string, data: unknown, code: ErrorCode): Promise<ErrorBody> {
    const r = await call(openid, fn, action, data)
    if (r.ok) assert.fail(`${fn}.${action} as ${openid} succeeded; expected ${code}`)
    assert.equal(r.error.code, code, `${fn}.${action}: ${r.error.message}`)
    return r.error
  }

  return { store, clock, log, deps, call, ok, err, close: () => store.close() }
}

export type Harness = Awaited<ReturnType<typeof harness>>
