import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { startEmulator, type Emulator } from '../../cloudfunctions/_local/emulator'

const post = (url: string, fn: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('local emulator over HTTP', () => {
  let dir: string
  let emu: Emulator
  const as = (openid: string) => ({ 'x-redpost-openid': openid })

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redpost-emu-'))
    mkdirSync(join(dir, 'h5'))
    writeFileSync(join(dir, 'h5', 'index.html'), '<html><body>红驿</body></html>')
    writeFileSync(join(dir, 'secret.txt'), 'outside the static root')
    emu = await startEmulator({ port: 0, dataFile: join(dir, 'db.sqlite'), staticDir: join(dir, 'h5'), log: memoryLogger(), timers: false })
  })
  afterAll(async () => {
    await emu.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('binds to loopback and answers /healthz', async () => {
    assert.match(emu.url, /^http:\/\/127\.0\.0\.1:\d+$/)
    const r = await fetch(`${emu.url}/healthz`)
    assert.equal(r.status, 200)
    assert.deepEqual(await r.json(), { ok: true })
  })

  it('runs a function for the caller named in the header', async () => {
    const r = await post(emu.url, 'members', { action: 'me', data: {} }, as('demo-secretary'))
    assert.equal(r.status, 200)
    const body = await r.json()
    assert.equal(body.ok, true)
    assert.equal(body.data.communityName, '望湖社区')
    assert.ok(body.data.roles.includes('secretary'))
  })

  it('answers bad input with a clear envelope and the right status, and keeps serving', async () => {
    const cases: [string, Promise<Response>, number, string][] = [
      ['invalid JSON', post(emu.url, 'members', '{"action": "me",', as('demo-resident')), 400, 'INVALID_INPUT'],
      ['1 MB body', post(emu.url, 'members', { action: 'me', data: { x: 'x'.repeat(1024 * 1024) } }, as('demo-resident')), 400, 'INVALID_INPUT'],
      ['unknown function', post(emu.url, 'nothing', { action: 'me', data: {} }, as('demo-resident')), 400, 'INVALID_INPUT'],
      ['unknown action', post(emu.url, 'members', { action: 'fly', data: {} }, as('demo-resident')), 400, 'INVALID_INPUT'],
      ['wrong types', post(emu.url, 'members', { action: 'updateProfile', data: { name: 42 } }, as('demo-resident')), 400, 'INVALID_INPUT'],
      ['array body', post(emu.url, 'members', '[1,2]', as('demo-resident')), 400, 'INVALID_INPUT'],
      ['missing header', post(emu.url, 'members', { action: 'me', data: {} }), 401, 'UNAUTHENTICATED'],
      ['not an admin', post(emu.url, 'members', { action: 'grantRole', data: { openid: 'x', role: 'admin' } }, as('demo-resident')), 403, 'FORBIDDEN'],
    ]
    for (const [name, pending, status, code] of cases) {
      const r = await pending
      assert.equal(r.status, status, name)
      const body = await r.json()
      assert.equal(body.ok, false, name)
      assert.equal(body.error.code, code, name)
      assert.ok(typeof body.error.message === 'string' && body.error.message.length > 0, name)
    }
    const get = await fetch(`${emu.url}/api/members`)
    assert.equal((await get.json()).error.code, 'INVALID_INPUT')
    const still = await post(emu.url, 'members', { action: 'me', data: {} }, as('demo-member'))
    assert.equal(still.status, 200, 'the server keeps serving')
  })

  it('limits a person who writes too often with 429 and Retry-After', async () => {
    const rs = await Promise.all(
      Array.from({ length: 14 }, (_, i) => post(emu.url, 'members', { action: 'updateProfile', data: { building: `${i}幢` } }, as('rl-http'))),
    )
    const limited = rs.filter((r) => r.status === 429)
    assert.equal(rs.filter((r) => r.status === 200).length, 10)
    assert.equal(limited.length, 4)
    assert.ok(Number(limited[0].headers.get('retry-after')) > 0)
    assert.equal((await limited[0].json()).error.code, 'RATE_LIMITED')
  })

  it('lists the demo people for the role switcher', async () => {
    const body = await (await fetch(`${emu.url}/local/people`)).json()
    const ids = body.data.items.map((p: { openid: string }) => p.openid)
    for (const p of ['demo-resident', 'demo-member', 'demo-secretary', 'demo-liaison-zhujian', 'demo-liaison-chengguan', 'demo-admin']) {
      assert.ok(ids.includes(p), p)
    }
    const unit = (id: string) => body.data.items.find((p: { openid: string }) => p.openid === id)?.unit
    assert.equal(unit('demo-secretary'), '红枫街道 · 望湖社区', 'each person is shown with the unit they work in')
    assert.equal(unit('demo-street-secretary'), '红枫街道')
    assert.equal(unit('demo-liaison-zhujian-baiyun'), '白云街道')
  })

  it('serves the H5 build with index.html for app routes and never files outside it', async () => {
    const page = await fetch(`${emu.url}/pages/home/index`)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /红驿/)
    const escape = await fetch(`${emu.url}/..%2Fsecret.txt`)
    assert.doesNotMatch(await escape.text(), /outside the static root/)
    assert.equal((await fetch(`${emu.url}/missing.js`)).status, 404)
  })

  it('in production mode refuses the identity header and hides the demo people', async () => {
    const prod = await startEmulator({ port: 0, dataFile: join(dir, 'prod.sqlite'), production: true, log: memoryLogger(), timers: false })
    try {
      const r = await post(prod.url, 'members', { action: 'me', data: {} }, as('demo-admin'))
      assert.equal(r.status, 403)
      const none = await post(prod.url, 'members', { action: 'me', data: {} })
      assert.equal(none.status, 401)
      assert.equal((await fetch(`${prod.url}/local/people`)).status, 404)
    } finally {
      await prod.stop()
    }
  })
})
