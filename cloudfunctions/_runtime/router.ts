/**
 * The one router: {action, data} → zod schema → role check → handler → envelope.
 * Used unchanged by the WeChat cloud entry, the local emulator and the handler tests.
 */
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { AppError, DEFAULT_MESSAGES, type Envelope } from '../../src/domain/errors'
import type { Store } from '../_store/port'
import { scopeOf } from '../../src/domain/units'
import { OPENID, resolveCaller } from './identity'
import { scopedStore } from './scoped'
import type { RateLimiter } from './ratelimit'
import type { Clock, Ctx, FunctionModule, Logger, Services } from './types'

z.config(z.locales.zhCN())

export const MAX_INPUT_BYTES = 64 * 1024

export interface Request {
  fn: string
  action: unknown
  data: unknown
  openid: string | null | undefined
}

export interface Deps {
  functions: Record<string, FunctionModule>
  store: Store
  clock: Clock
  log: Logger
  services: Services
  /** per-openid, per-action limits; absent means unlimited (handler tests that storm one person) */
  limiter?: RateLimiter
  /**
   * Parse what each handler answers with its contract's output schema and send the parsed value
   * (unknown keys stripped); a refused answer becomes INTERNAL and is logged. On in the tests and
   * the emulator outside production, off on the cloud (speed).
   */
  checkOutput?: boolean
}

const fail = (code: AppError['code'], message?: string, details?: unknown): Envelope<never> => ({
  ok: false,
  error: new AppError(code, message ?? DEFAULT_MESSAGES[code], details).toBody(),
})

function issuesOf(err: z.ZodError) {
  return err.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
}

export function inputSize(data: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(data ?? null) ?? '', 'utf8')
  } catch {
    return Infinity
  }
}

export async function dispatch(req: Request, deps: Deps): Promise<Envelope<unknown>> {
  const requestId = randomUUID()
  const mod = Object.hasOwn(deps.functions, req.fn) ? deps.functions[req.fn] : undefined
  if (!mod) return fail('INVALID_INPUT', `没有名为 ${String(req.fn).slice(0, 40)} 的功能`)
  const name = typeof req.action === 'string' ? req.action : ''
  const act = name && Object.hasOwn(mod, name) ? mod[name] : undefined
  if (!act) return fail('INVALID_INPUT', `${req.fn} 没有名为 ${name.slice(0, 40) || '(空)'} 的操作`)
  if (inputSize(req.data) > MAX_INPUT_BYTES) return fail('INVALID_INPUT', '提交的内容太大（上限 64 KB）')
  if (typeof req.openid !== 'string' || !OPENID.test(req.openid)) return fail('UNAUTHENTICATED')

  const parsed = act.input.safeParse(req.data ?? {})
  if (!parsed.success) {
    const issues = issuesOf(parsed.error)
    const where = issues[0]?.path ? `（${issues[0].path}：${issues[0].message}）` : `（${issues[0]?.message ?? ''}）`
    return fail('INVALID_INPUT', `提交的内容有误${where}`, { issues })
  }

  try {
    // the limit and the identity are looked up together: one round trip on the cloud, not two
    const [, caller] = await Promise.all([deps.limiter?.take(req.openid, req.fn, name), resolveCaller(deps.store, req.openid)])
    if (act.roles !== 'anyone' && !act.roles.some((r) => caller.roles.includes(r))) {
      return fail('FORBIDDEN')
    }
    // the units this action may touch: where the caller holds one of its roles, and everything below
    caller.scope = scopeOf(caller.units, caller.unitRoles, caller.communityId, act.roles)
    const ctx: Ctx = {
      caller,
      store: scopedStore(deps.store, caller.scope),
      clock: deps.clock,
      log: deps.log,
      services: deps.services,
      requestId,
    }
    const data = (await act.handler(parsed.data, ctx)) ?? null
    if (!deps.checkOutput) return { ok: true, data }
    const out = act.output.safeParse(data)
    if (out.success) return { ok: true, data: out.data ?? null }
    const issues = issuesOf(out.error)
    deps.log.error(`${req.fn}.${name} answered outside its contract: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`, {
      requestId,
      fn: req.fn,
      action: name,
      issues,
    })
    return fail('INTERNAL', `${DEFAULT_MESSAGES.INTERNAL}（编号 ${requestId.slice(0, 8)}）`, { requestId })
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toBody() }
    deps.log.error('handler failed', {
      requestId,
      fn: req.fn,
      action: name,
      error: e instanceof Error ? e.stack : String(e),
    })
    return fail('INTERNAL', `${DEFAULT_MESSAGES.INTERNAL}（编号 ${requestId.slice(0, 8)}）`, { requestId })
  }
}
