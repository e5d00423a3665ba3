/**
 * A body over the limit gets its 400 envelope, even from a client that sends all of it before
 * reading and asks for the connection to close after (curl, scripts): no broken pipe.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { startEmulator, type Emulator } from '../../cloudfunctions/_local/emulator'

const TEN_MB = 10 * 1024 * 1024

/** Sends a POST of `size` bytes over a raw socket, all of it, then reads whatever the server answers. */
function rawPost(url: string, size: number, headers: string): Promise<{ error?: string; text: string }> {
  const u = new URL(url)
  return new Promise((resolve) => {
    const s = connect(Number(u.port), u.hostname)
    let text = ''
    s.on('data', (d) => (text += d))
    s.on('error', (e) => resolve({ error: e.message, text }))
    s.on('close', () => resolve({ text }))
    s.write(`POST /api/members HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-redpost-openid: demo-member\r\n${headers}\r\n`)
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let sent = 0
    const pump = () => {
      while (sent < size) {
        sent += chunk.length
        if (!s.write(chunk)) return void s.once('drain', pump)
      }
      s.end()
    }
    pump()
  })
}

describe('an oversized request body', () => {
  let dir: string
  let emu: Emulator
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redpost-body-'))
    emu = await startEmulator({ port: 0, dataFile: join(dir, 'db.sqlite'), log: memoryLogger(), timers: false })
  })
  afterAll(async () => {
    await emu.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('10 MB with Connection: close: the whole body is taken and the 400 envelope read, no broken pipe', async () => {
    for (const headers of [`content-length: ${TEN_MB}\r\nconnection: close\r\n`, `content-length: ${TEN_MB}\r\n`]) {
      const r = await rawPost(emu.url, TEN_MB, headers)
      assert.equal(r.error, undefined, `${JSON.stringify(headers)}: ${r.error}`)
      assert.match(r.text, /^HTTP\/1\.1 400 /)
      const body = JSON.parse(r.text.slice(r.text.indexOf('\r\n\r\n') + 4))
      assert.equal(body.ok, false)
      assert.equal(body.error.code, 'INVALID_INPUT')
      assert.match(body.error.message, /请求体太大/)
    }
  })

  it('10 MB through fetch, streamed without a length: 400 envelope, and the server keeps serving', async () => {
    const big = JSON.stringify({ action: 'me', data: { note: 'a'.repeat(TEN_MB) } })
    const r = await fetch(`${emu.url}/api/members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-redpost-openid': 'demo-member' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit)
    assert.equal(r.status, 400)
    assert.equal((await r.json()).error.code, 'INVALID_INPUT')
    const me = await fetch(`${emu.url}/api/members`, { method: 'POST', headers: { 'x-redpost-openid': 'demo-member' }, body: '{"action":"me","data":{}}' })
    assert.equal((await me.json()).ok, true)
  })
})
