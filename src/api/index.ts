/**
 * The typed client: call('tickets', 'acknowledge', input) → the action's output, or throws ApiError.
 * Types come from the zod contracts with `import type` only, so zod never reaches the mini-program.
 * weapp: Taro.cloud.callFunction (identity = the WeChat user); H5: POST /api/<fn> to the local
 * emulator with the chosen demo person in x-redpost-openid.
 */
import Taro from '@tarojs/taro'
import type { z } from 'zod'
import type { Contracts } from '@/domain/contracts'
import { currentOpenid } from './identity'

export type Fn = keyof Contracts
export type Act<F extends Fn> = keyof Contracts[F] & string
type Def<F extends Fn, A extends Act<F>> = Contracts[F][A] extends { input: z.ZodType; output: z.ZodType }
  ? Contracts[F][A]
  : never
export type In<F extends Fn, A extends Act<F>> = z.input<Def<F, A>['input']>
export type Out<F extends Fn, A extends Act<F>> = z.output<Def<F, A>['output']>

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
  }
}

type Envelope = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; details?: Record<string, unknown> } }

async function transport(fn: string, action: string, data: unknown): Promise<Envelope> {
  if (process.env.TARO_ENV === 'weapp') {
    const r = await Taro.cloud.callFunction({ name: fn, data: { action, data } })
    return r.result as Envelope
  }
  const res = await fetch(`/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-redpost-openid': currentOpenid() },
    body: JSON.stringify({ action, data }),
  })
  return (await res.json()) as Envelope
}

export async function call<F extends Fn, A extends Act<F>>(fn: F, action: A, data: In<F, A>): Promise<Out<F, A>> {
  let env: Envelope
  try {
    env = await transport(fn, action, data ?? {})
  } catch {
    throw new ApiError('NETWORK', '网络不通，请检查网络后重试')
  }
  if (!env || typeof env !== 'object') throw new ApiError('INTERNAL', '服务暂时不可用，请稍后重试')
  if (!env.ok) throw new ApiError(env.error.code, env.error.message, env.error.details)
  return env.data as Out<F, A>
}
