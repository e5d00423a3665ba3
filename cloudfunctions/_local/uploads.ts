/**
 * Local stand-in for cloud storage: POST /local/upload with an image body stores it under the
 * data directory (named by its content hash, so the same picture twice is one file) and answers
 * {ok:true, data:{url:'/uploads/<name>'}}; GET /uploads/<name> serves it. On WeChat the app uses
 * wx.cloud.uploadFile instead, and the fileID goes where the URL goes here.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { AppError } from '../../src/domain/errors'
import { OPENID } from '../_runtime/identity'
import { sendError, sendJson } from './http'
import { resolveFile, sendFile } from './static'

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024
const EXT: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/gif': '.gif', 'image/webp': '.webp' }

function readRaw(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const tooBig = () => {
      done = true
      req.resume()
      reject(new AppError('INVALID_INPUT', `图片太大（上限 ${max / 1024 / 1024} MB）`))
    }
    if (Number(req.headers['content-length'] ?? 0) > max) return tooBig()
    req.on('data', (c: Buffer) => {
      if (done) return
      size += c.length
      if (size > max) return tooBig()
      chunks.push(c)
    })
    req.on('end', () => !done && ((done = true), resolve(Buffer.concat(chunks))))
    req.on('error', (e) => !done && ((done = true), reject(e)))
  })
}

function refuse(res: ServerResponse, code: AppError['code'], message: string): true {
  sendError(res, new AppError(code, message))
  return true
}

/** Handles /local/upload and /uploads/<name>; answers false for any other path. */
export async function uploads(req: IncomingMessage, res: ServerResponse, url: URL, dir: string, openid: unknown): Promise<boolean> {
  if (url.pathname.startsWith('/uploads/') && (req.method === 'GET' || req.method === 'HEAD')) {
    const file = resolveFile(dir, url.pathname.slice('/uploads'.length))
    if (!file) return false
    sendFile(res, file, true)
    return true
  }
  if (url.pathname !== '/local/upload') return false
  if (req.method !== 'POST') return refuse(res, 'INVALID_INPUT', '请用 POST 上传图片')
  if (typeof openid !== 'string' || !OPENID.test(openid)) return refuse(res, 'UNAUTHENTICATED', '请先登录')
  const ext = EXT[String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()]
  if (!ext) return refuse(res, 'INVALID_INPUT', '只能上传 JPG、PNG、GIF 或 WebP 图片')
  let body: Buffer
  try {
    body = await readRaw(req, MAX_UPLOAD_BYTES)
  } catch (e) {
    return refuse(res, 'INVALID_INPUT', e instanceof AppError ? e.message : '上传中断，请重试')
  }
  if (body.length === 0) return refuse(res, 'INVALID_INPUT', '图片是空的')
  const name = `${createHash('sha256').update(body).digest('hex').slice(0, 32)}${ext}`
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, name), body)
  sendJson(res, 200, { ok: true, data: { url: `/uploads/${name}` } })
  return true
}
