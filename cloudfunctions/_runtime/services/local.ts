/** Services for the emulator and tests: word-list content check, the outbox in the store is the channel. */
import { randomBytes } from 'node:crypto'
import { fail } from '../../../src/domain/errors'
import { findBlockedWord } from '../../../src/domain/content'
import type { Store } from '../../_store/port'
import type { Clock, Logger, Notice, Services } from '../types'
import { markDelivered, recordNotice, type OutboxDoc } from './outbox'
import { liaisonsServing } from './directory'

export function localServices(store: Store, clock: Clock, log: Logger, secret?: string): Services {
  return {
    secret: secret ?? randomBytes(32).toString('hex'),
    async checkText(texts) {
      for (const t of texts) {
        const word = findBlockedWord(t)
        if (word) fail('CONTENT_REJECTED', `内容中含有不适宜发布的词语「${word}」，请修改后再提交`, { word })
      }
    },
    async notify(notice: Notice) {
      const entry = await recordNotice(store, clock, notice)
      if (entry) await this.deliver(entry)
    },
    liaisonsFor: (departmentIds, communityId) => liaisonsServing(store, departmentIds, communityId),
    async deliver(doc: OutboxDoc) {
      log.info(`[outbox] → ${doc.to}: ${doc.title} — ${doc.body}`, { id: doc._id })
      await markDelivered(store, doc._id, clock.now().toISOString())
    },
  }
}
