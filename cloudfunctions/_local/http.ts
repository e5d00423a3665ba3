/** Small HTTP helpers for the emulator: bounded body reading and envelope replies. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, HTTP_STATUS, type Envelope } from '../../src/domain/errors'

export const MAX_BODY_BYTES = 256 * 1024

/** A body past the limit is still read (and thrown away) up to this, so its sender can read the answer. */
export const MAX_DISCARD_BYTES = 32 * 1024 * 1024

const tooBig = (max: number) => new AppError('INVALID_INPUT', `请求体太大（上限 ${max / 1024} KB）`)

/**
 * Reads the body up to `max` bytes. A longer one is rejected with INVALID_INPUT once it has been
 * read to its end and discarded: answering while the client is still sending would close the
 * connection under it (a broken pipe instead of the 400). Only past MAX_DISCARD_BYTES is it
 * rejected at once, and that connection is not kept.
 */
export function readBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    let settled = false
    const settle = (f: () => void) => !settled && ((settled = true), f())
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_DISCARD_BYTES) {
      req.resume()
      return reject(tooBig(max))
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_DISCARD_BYTES) return settle(() => reject(tooBig(max)))
      if (size > max) chunks.length = 0
      else chunks.push(c)
    })
    req.on('end', () => settle(() => (size > max ? reject(tooBig(max)) : resolve(Buffer.concat(chunks).toString('utf8')))))
    req.on('error', (e) => settle(() => reject(e)))
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
