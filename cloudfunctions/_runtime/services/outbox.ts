/** The outbox collection: every notice to a person, whatever channel then delivers it. */
import { randomUUID } from 'node:crypto'
import { AppError } from '../../../src/domain/errors'
import type { Store } from '../../_store/port'
import type { Clock, Notice } from '../types'

export interface OutboxDoc extends Notice {
  _id: string
  createdAt: string
  /** set once a channel took the notice (the outbox itself is the channel locally) */
  sentAt?: string
  /**
   * set while no delivery has been tried; `services.deliver` removes it. A notice still pending
   * a while after it was written lost its delivery to a crash: the sweeper's outbox job sends it.
   */
  pendingSince?: string
  [k: string]: unknown
}

/** The outbox document of a notice; a notice with an `id` keeps it, so it is written once. */
export function outboxDoc(notice: Notice, at: string): OutboxDoc {
  const { id, ...rest } = notice
  return { _id: id ?? randomUUID(), ...rest, createdAt: at, pendingSince: at }
}

/** Marks a notice as handed over: sent now (`sentAt`), or kept in the outbox with no channel to send it. */
export async function markDelivered(store: Store, id: string, sentAt?: string): Promise<void> {
  await store.update('outbox', id, { pendingSince: undefined, ...(sentAt ? { sentAt } : {}) })
}

/** Answers undefined when a notice with the same `id` is already in the outbox (nothing to send). */
export async function recordNotice(store: Store, clock: Clock, notice: Notice): Promise<OutboxDoc | undefined> {
  const doc = outboxDoc(notice, clock.now().toISOString())
  try {
    await store.insert('outbox', doc)
  } catch (e) {
    if (notice.id && e instanceof AppError && e.code === 'CONFLICT') return undefined
    throw e
  }
  return doc
}
