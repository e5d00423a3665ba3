/** What a handler receives and how an action is declared (DESIGN.md: handlers get (input, ctx)). */
import type { z } from 'zod'
import type { Store } from '../_store/port'
import type { MemberDoc } from './identity'
import type { OutboxDoc } from './services/outbox'

import type { Role } from '../../src/domain/roles'

export { ROLES, type Role } from '../../src/domain/roles'

export interface Caller {
  openid: string
  /** always includes 'resident' */
  roles: Role[]
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FunctionModule = Record<string, Action<any, any>>
