/** The outbox collection: every notice to a person, whatever channel then delivers it. */
import { randomUUID } from 'node:crypto'
import { AppError } from '../../../src/domain/errors'
import type { Store } from '../../_store/port'
import type { Clock, Notice } from '../types'

export interface OutboxDoc extends Notice {
  _id: string
  createdAt: string
  sentAt?: string
  [k: string]: unknown
}

/** Answers undefined when a notice with the same `id` is already in the outbox (nothing to send). */
export async function recordNotice(store: Store, clock: Clock, notice: Notice): Promise<OutboxDoc | undefined> {
  const { id, ...rest } = notice
  const doc: OutboxDoc = { _id: id ?? randomUUID(), ...rest, createdAt: clock.now().toISOString() }
  try {
    await store.insert('outbox', doc)
  } catch (e) {
    if (id && e instanceof AppError && e.code === 'CONFLICT') return undefined
    throw e
  }
  return doc
}
