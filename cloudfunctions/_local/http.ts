/** Small HTTP helpers for the emulator: bounded body reading and envelope replies. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, HTTP_STATUS, type Envelope } from '../../src/domain/errors'

export const MAX_BODY_BYTES = 256 * 1024

/** Reads the body up to `max` bytes; past that rejects with INVALID_INPUT and stops reading. */
export function readBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > max) {
      req.resume()
      return reject(new AppError('INVALID_INPUT', `请求体太大（上限 ${max / 1024} KB）`))
    }
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (c: Buffer) => {
      if (done) return
      size += c.length
      if (size > max) {
        done = true
        req.resume()
        return reject(new AppError('INVALID_INPUT', `请求体太大（上限 ${max / 1024} KB）`))
      }
      chunks.push(c)
    })
    req.on('end', () => !done && ((done = true), resolve(Buffer.concat(chunks).toString('utf8'))))
    req.on('error', (e) => !done && ((done = true), reject(e)))
  })
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(text)
}

export function sendEnvelope(res: ServerResponse, env: Envelope<unknown>): void {
  if (env.ok) return sendJson(res, 200, env)
  const retry = (env.error.details as { retryAfterSec?: number } | undefined)?.retryAfterSec
  sendJson(res, HTTP_STATUS[env.error.code], env, retry ? { 'retry-after': String(retry) } : {})
}

export function sendError(res: ServerResponse, e: AppError): void {
  sendEnvelope(res, { ok: false, error: e.toBody() })
}
