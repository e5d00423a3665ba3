import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'

const root = join(__dirname, '..', '..')

/** Starts `npm run serve`'s entry as a real process and resolves with its URL. */
function startServer(dataFile: string) {
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
function postJson(url: string, body: unknown, openid: string): Promise<{ ok: boolean } | null> {
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

describe('emulator shutdown', () => {
  it('on SIGTERM finishes in-flight writes, closes the database and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redpost-stop-'))
    const dataFile = join(dir, 'db.sqlite')
    try {
      const { child, url, exited } = startServer(dataFile)
      const base = await url
      const writes = Array.from({ length: 40 }, (_, i) =>
        postJson(`${base}/api/members`, { action: 'updateProfile', data: { building: `${i}幢` } }, `stop-${i}`),
      )
      await new Promise((r) => setTimeout(r, 5))
      child.kill("SIGTERM")
      const answers = await Promise.all(writes)
      assert.equal(await exited, 0)
      const acknowledged = answers.map((a, i) => (a?.ok ? i : -1)).filter((i) => i >= 0)
      assert.ok(acknowledged.length > 0, 'some writes were answered before the stop')
      const store = new SqliteStore(dataFile)
      for (const i of acknowledged) {
        assert.equal((await store.get('members', `stop-${i}`))?.building, `${i}幢`, `acknowledged write ${i} is on disk`)
      }
      await store.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
