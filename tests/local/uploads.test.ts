import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { startEmulator, type Emulator } from '../../cloudfunctions/_local/emulator'

// a 1×1 transparent PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

describe('local image uploads', () => {
  let dir: string
  let emu: Emulator
  const upload = (body: Buffer, type: string, openid?: string) =>
    fetch(`${emu.url}/local/upload`, {
      method: 'POST',
      headers: { 'content-type': type, ...(openid ? { 'x-redpost-openid': openid } : {}) },
      body: new Uint8Array(body),
    })

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redpost-upload-'))
    emu = await startEmulator({ port: 0, dataFile: join(dir, 'db.sqlite'), log: memoryLogger(), timers: false })
  })
  afterAll(async () => {
    await emu.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stores an image under the data directory, serves it back, and a notice can show it', async () => {
    const r = await upload(PNG, 'image/png', 'demo-secretary')
    assert.equal(r.status, 200)
    const { url } = (await r.json()).data
    assert.match(url, /^\/uploads\/[0-9a-f]{32}\.png$/)
    const again = await (await upload(PNG, 'image/png', 'demo-staff')).json()
    assert.equal(again.data.url, url, 'the same picture is one file')
    const served = await fetch(`${emu.url}${url}`)
    assert.equal(served.headers.get('content-type'), 'image/png')
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), PNG)

    const published = await fetch(`${emu.url}/api/bulletin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-redpost-openid': 'demo-secretary' },
      body: JSON.stringify({ action: 'publish', data: { title: '活动照片', body: '上周义诊现场。', category: '活动预告', images: [url] } }),
    })
    const { id } = (await published.json()).data
    const got = await fetch(`${emu.url}/api/bulletin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-redpost-openid': 'demo-resident' },
      body: JSON.stringify({ action: 'get', data: { id } }),
    })
    assert.deepEqual((await got.json()).data.images, [url])
  })

  it('refuses anonymous callers, other file types, empty and oversized bodies, and escapes', async () => {
    assert.equal((await upload(PNG, 'image/png')).status, 401)
    assert.equal((await upload(Buffer.from('<script>'), 'text/html', 'demo-secretary')).status, 400)
    assert.equal((await upload(Buffer.alloc(0), 'image/png', 'demo-secretary')).status, 400)
    const big = await upload(Buffer.alloc(2 * 1024 * 1024 + 1), 'image/jpeg', 'demo-secretary')
    assert.equal(big.status, 400)
    assert.match((await big.json()).error.message, /图片太大/)
    assert.equal((await fetch(`${emu.url}/uploads/..%2Fdb.sqlite`)).status, 404)
  })

  it('does not exist in production mode', async () => {
    const prod = await startEmulator({ port: 0, dataFile: join(dir, 'prod', 'db.sqlite'), production: true, log: memoryLogger(), timers: false })
    try {
      assert.equal((await fetch(`${prod.url}/local/upload`, { method: 'POST', body: new Uint8Array(PNG), headers: { 'content-type': 'image/png' } })).status, 404)
    } finally {
      await prod.stop()
    }
  })
})
