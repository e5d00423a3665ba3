/** Serves the H5 build (and uploaded files) from disk, with index.html as the fallback page. */
import { createReadStream, existsSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
}

/** The file under root that urlPath names, or null when it escapes root or does not exist. */
export function resolveFile(root: string, urlPath: string): string | null {
  let rel: string
  try {
    rel = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return null
  }
  const file = normalize(join(root, rel))
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  return existsSync(file) && statSync(file).isFile() ? file : null
}

export function sendFile(res: ServerResponse, file: string, cache = false): void {
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': cache ? 'public, max-age=3600' : 'no-cache',
  })
  createReadStream(file).pipe(res)
}

export function serveStatic(res: ServerResponse, root: string, urlPath: string): boolean {
  const file = resolveFile(root, urlPath === '/' ? '/index.html' : urlPath)
  const page = file ?? (extname(urlPath) ? null : resolveFile(root, '/index.html'))
  if (!page) return false
  sendFile(res, page, /\.(js|css|png|jpg|svg|woff2)$/.test(page))
  return true
}
