/** The emulator as a real process (`npm run serve`'s entry), for shutdown and crash tests. */
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')

/** Starts `npm run serve`'s entry as a real process and resolves with its URL. */
export function startServer(dataFile: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'cloudfunctions/_local/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', REDPOST_DATA: dataFile, REDPOST_LOG: 'silent', REDPOST_STATIC: join(root, 'no-static') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (c) => {
      out += c
      const m = /RedPost running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)))
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, url, exited }
}

/** POST with node:http (one connection each); resolves null when the server goes away mid-request. */
export function postJson(url: string, body: unknown, openid: string): Promise<{ ok: boolean; data?: any; error?: { code: string } } | null> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'x-redpost-openid': openid } }, (res) => {
      let text = ''
      res.on('data', (c) => (text += c))
      res.on('end', () => {
        try {
          resolve(JSON.parse(text))
        } catch {
          resolve(null)
        }
      })
      res.on('error', () => resolve(null))
    })
    req.on('error', () => resolve(null))
    req.end(JSON.stringify(body))
  })
}

