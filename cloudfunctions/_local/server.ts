/**
 * The local emulator (DESIGN.md): POST /api/<function> with {action, data} → the envelope,
 * GET /healthz, GET /local/people (demo identities, local mode only), the H5 build as static files.
 * Identity comes from the x-redpost-openid header, which production mode refuses.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { AppError } from '../../src/domain/errors'
import { heldRoles, unitLabel } from '../../src/domain/units'
import type { ConfigDoc, MemberDoc } from '../_runtime/identity'
import { dispatch, type Deps } from '../_runtime/router'
import { readBody, sendEnvelope, sendError, sendJson } from './http'
import { serveStatic } from './static'
import { uploads } from './uploads'

export const OPENID_HEADER = 'x-redpost-openid'

export interface ServerOptions {
  deps: Deps
  /** directory of the H5 build; omitted → no static files */
  staticDir?: string
  /** production refuses the identity header and hides demo endpoints */
  production: boolean
  /** where uploaded images are kept (local mode only); omitted → no uploads */
  uploadDir?: string
}

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>

export function createEmulator(opts: ServerOptions): Server {
  const { deps, production } = opts

  const api: Route = async (req, res, url) => {
    const m = /^\/api\/([A-Za-z0-9_-]{1,40})$/.exec(url.pathname)
    if (!url.pathname.startsWith('/api/')) return false
    if (req.method !== 'POST') {
      sendError(res, new AppError('INVALID_INPUT', '请用 POST 调用云函数'))
      return true
    }
    if (!m) {
      sendError(res, new AppError('INVALID_INPUT', '没有这个云函数'))
      return true
    }
    const header = req.headers[OPENID_HEADER]
    if (production && header !== undefined) {
      sendError(res, new AppError('FORBIDDEN', '生产模式不接受 x-redpost-openid 身份头'))
      return true
    }
    let body: unknown
    try {
      const text = await readBody(req)
      body = text ? JSON.parse(text) : {}
    } catch (e) {
      sendError(res, e instanceof AppError ? e : new AppError('INVALID_INPUT', '请求体不是有效的 JSON'))
      return true
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      sendError(res, new AppError('INVALID_INPUT', '请求体应为 {"action": "...", "data": {...}}'))
      return true
    }
    const { action, data } = body as { action?: unknown; data?: unknown }
    const openid = production ? null : typeof header === 'string' ? header : null
    sendEnvelope(res, await dispatch({ fn: m[1], action, data, openid }, deps))
    return true
  }

  const people: Route = async (req, res, url) => {
    if (url.pathname !== '/local/people' || production) return false
    const [demo, cfg] = await Promise.all([
      deps.store.queryAll<MemberDoc>('members', { where: { demo: true }, orderBy: [['createdAt', 'asc']] }, { max: 100 }),
      deps.store.get<ConfigDoc>('config', 'main'),
    ])
    const tree = cfg?.units ?? {}
    // the unit the person works in: where they hold their first role beyond 党员, else their home community
    const unitOf = (d: MemberDoc) => heldRoles(tree, d).find((r) => r.role !== 'member')?.unitId ?? d.communityId
    const items = demo.map((d) => ({ openid: d._id, name: d.name, title: d.title, roles: d.roles, unit: unitLabel(tree, unitOf(d)) }))
    sendJson(res, 200, { ok: true, data: { items } })
    return true
  }

  const health: Route = async (_req, res, url) => {
    if (url.pathname !== '/healthz') return false
    sendJson(res, 200, { ok: true })
    return true
  }

  const files: Route = async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    return opts.staticDir ? serveStatic(res, opts.staticDir, url.pathname) : false
  }

  const upload: Route = async (req, res, url) =>
    !production && !!opts.uploadDir && uploads(req, res, url, opts.uploadDir, req.headers[OPENID_HEADER])

  const routes = [health, api, people, upload, files]

  return createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://local')
        for (const route of routes) if (await route(req, res, url)) return
        sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '没有这个地址' } })
      } catch (e) {
        deps.log.error('emulator request failed', { error: e instanceof Error ? e.stack : String(e) })
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '系统开小差了，请稍后再试' } })
      }
    })()
  })
}
