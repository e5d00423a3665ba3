/** What a handler receives and how an action is declared (DESIGN.md: handlers get (input, ctx)). */
import type { z } from 'zod'
import type { Store } from '../_store/port'
import type { MemberDoc } from './identity'
import type { OutboxDoc } from './services/outbox'

import type { Role } from '../../src/domain/roles'
import type { Scope, UnitRole, UnitTree } from '../../src/domain/units'

export { ROLES, type Role } from '../../src/domain/roles'

export interface Caller {
  openid: string
  /** always includes 'resident' */
  roles: Role[]
  /** each role in the unit where it is held (区/街道/社区/网格) */
  unitRoles: UnitRole[]
  /** the unit tree, from the config document */
  units: UnitTree
  /** the street of the home community */
  streetId?: string
  /** the units this call may act on and see: the router sets it from the action's roles, and the store it hands the handler keeps to it */
  scope: Scope
  /** the home community */
  communityId: string
  departmentId?: string
  name?: string
  /** the caller's member document as read when the call began (absent for someone not yet known); for reads, not for read-then-write */
  member?: MemberDoc
}

export interface Clock {
  now(): Date
}

export type LogFields = Record<string, unknown>
export interface Logger {
  info(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  error(msg: string, fields?: LogFields): void
}

/** Outgoing notice to a person: a subscribe message on WeChat, the outbox collection everywhere. */
export interface Notice {
  /** a deterministic id makes the notice once-only: a second notify with it sends nothing */
  id?: string
  to: string
  template: string
  title: string
  body: string
  page?: string
}

export interface Services {
  /** Throws CONTENT_REJECTED when any text fails the content check. */
  checkText(texts: string[], caller: Caller): Promise<void>
  /** Records a notice in the outbox (and, on WeChat, sends it). */
  notify(notice: Notice): Promise<void>
  /** Sends a notice already written to the outbox (by a transition, in its transaction). */
  deliver(doc: OutboxDoc): Promise<void>
  /** The liaisons of these departments who answer for the community (held in it or a unit above): openids only, for notices. */
  liaisonsFor(departmentIds: readonly string[], communityId: string): Promise<string[]>
  /** Server secret for signing tokens (check-in QR, member pass). */
  secret: string
}

export interface Ctx {
  caller: Caller
  store: Store
  clock: Clock
  log: Logger
  services: Services
  requestId: string
}

export type Allowed = readonly Role[] | 'anyone'

export interface Action<S extends z.ZodType = z.ZodType, O = unknown> {
  input: S
  roles: Allowed
  handler(input: z.output<S>, ctx: Ctx): Promise<O>
}

/** Declares an action; the router checks `roles` and parses `input` before `handler` runs. */
export function action<S extends z.ZodType, O>(def: Action<S, O>): Action<S, O> {
  return def
}

/** One function's contract (src/domain/contracts/<fn>.ts): every action's input and output schema. */
export type Contract = Record<string, { input: z.ZodType; output: z.ZodType }>

/** An action joined to its contract: the router may parse what the handler answers with `output`. */
export interface WiredAction extends Action {
  output: z.ZodType
}

export type FunctionModule = Record<string, WiredAction>

/** What a function must implement: each contract entry's input, answering what its output accepts. */
export type Implementation<C extends Contract> = {
  [A in keyof C]: Action<C[A]['input'], z.input<C[A]['output']>>
}

/**
 * Wires a function's handlers against its contract (`cloudfunctions/<fn>/index.ts`). It does not
 * compile when a handler answers something its contract's output refuses, takes another input,
 * or when an action and a contract entry lack each other.
 */
export function wire<C extends Contract, H extends Implementation<C>>(
  contract: C,
  handlers: H & Record<Exclude<keyof H, keyof C>, never>,
): { [A in keyof C]: WiredAction } {
  const module = {} as Record<string, WiredAction>
  for (const name of Object.keys(contract)) if (!Object.hasOwn(handlers, name)) throw new Error(`${name}: no handler`)
  for (const [name, def] of Object.entries(handlers as Record<string, Action>)) {
    if (!Object.hasOwn(contract, name)) throw new Error(`${name}: not in the contract`)
    if (def.input !== contract[name].input) throw new Error(`${name}: the handler does not take the contract's input`)
    module[name] = { ...def, output: contract[name].output }
  }
  return module as { [A in keyof C]: WiredAction }
}
