/** The outbox collection: every notice to a person, whatever channel then delivers it. */
import { randomUUID } from 'node:crypto'
import type { Store } from '../../_store/port'
import type { Clock, Notice } from '../types'

export interface OutboxDoc extends Notice {
  _id: string
  createdAt: string
  sentAt?: string
  [k: string]: unknown
}

export async function recordNotice(store: Store, clock: Clock, notice: Notice): Promise<OutboxDoc> {
  const doc: OutboxDoc = { _id: randomUUID(), ...notice, createdAt: clock.now().toISOString() }
  await store.insert('outbox', doc)
  return doc
}
