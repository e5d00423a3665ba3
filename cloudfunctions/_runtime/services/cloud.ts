/**
 * Services on WeChat cloud: security.msgSecCheck (declare "security.msgSecCheck" in the
 * function's config.json openapi list) and subscribe messages, each notice also kept in the outbox.
 */
import { fail } from '../../../src/domain/errors'
import type { Store } from '../../_store/port'
import type { Clock, Logger, Notice, Services } from '../types'
import { markDelivered, recordNotice, type OutboxDoc } from './outbox'
import { liaisonsServing } from './directory'

export interface CloudSdk {
  openapi: {
    security: { msgSecCheck(args: { content: string; version: 2; scene: number; openid: string }): Promise<{ result?: { suggest?: string; label?: number } }> }
    subscribeMessage: { send(args: { touser: string; templateId: string; page?: string; data: Record<string, { value: string }> }): Promise<unknown> }
  }
}

/** Template ids per notice kind come from the environment of the deployed function. */
function templateId(kind: string): string | undefined {
  return process.env[`REDPOST_TPL_${kind.toUpperCase()}`]
}

/** Shorter than this and a signing secret could be guessed; the deploy check asks for the same. */
export const MIN_SECRET_LENGTH = 32

/** Why `value` cannot sign check-in and member-pass codes, or undefined when it can. */
export function secretProblem(value: string | undefined): string | undefined {
  if (!value?.trim()) return 'REDPOST_SECRET 未设置'
  if (value.trim().length < MIN_SECRET_LENGTH) return `REDPOST_SECRET 太短（至少 ${MIN_SECRET_LENGTH} 个字符）`
  return undefined
}

export function cloudServices(cloud: CloudSdk, store: Store, clock: Clock, log: Logger, env: Record<string, string | undefined> = process.env): Services {
  const secret = env.REDPOST_SECRET?.trim()
  const problem = secretProblem(secret)
  if (problem) log.error(`${problem}: check-in and member-pass codes are refused until it is set on this function`)
  return {
    // fails closed: with no shared secret no code is issued or accepted (a per-instance secret
    // would make codes verify on one instance and not another)
    get secret(): string {
      if (problem) fail('INTERNAL', `服务器未配置签名密钥（${problem}），暂时不能生成或核验签到码、党员码，请联系管理员`)
      return secret!
    },
    async checkText(texts, caller) {
      for (const content of texts) {
        if (!content.trim()) continue
        const r = await cloud.openapi.security.msgSecCheck({ content, version: 2, scene: 2, openid: caller.openid })
        if (r.result?.suggest && r.result.suggest !== 'pass') {
          fail('CONTENT_REJECTED', '内容未通过安全检测，请修改后再提交', { label: r.result.label })
        }
      }
    },
    async notify(notice: Notice) {
      const entry = await recordNotice(store, clock, notice)
      if (entry) await this.deliver(entry)
    },
    liaisonsFor: (departmentIds, communityId) => liaisonsServing(store, departmentIds, communityId),
    async deliver(doc: OutboxDoc) {
      const tpl = templateId(doc.template)
      // without a template the notice stays in the outbox only; either way it is no longer pending
      if (!tpl) return markDelivered(store, doc._id)
      try {
        await cloud.openapi.subscribeMessage.send({
          touser: doc.to,
          templateId: tpl,
          page: doc.page,
          data: { thing1: { value: doc.title.slice(0, 20) }, thing2: { value: doc.body.slice(0, 20) } },
        })
      } catch (e) {
        // e.g. the person has not subscribed: a refused send is not tried again
        log.warn('subscribe message not sent', { id: doc._id, error: String(e) })
        return markDelivered(store, doc._id)
      }
      await markDelivered(store, doc._id, clock.now().toISOString())
    },
  }
}
