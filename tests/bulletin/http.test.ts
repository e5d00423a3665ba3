import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { startEmulator, type Emulator } from '../../cloudfunctions/_local/emulator'

describe('bulletin over the emulator’s HTTP API', () => {
  let dir: string
  let emu: Emulator
  const call = (openid: string, action: string, data: unknown) =>
    fetch(`${emu.url}/api/bulletin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-redpost-openid': openid },
      body: JSON.stringify({ action, data }),
    })

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redpost-bulletin-'))
    emu = await startEmulator({ port: 0, dataFile: join(dir, 'db.sqlite'), log: memoryLogger(), timers: false })
  })
  afterAll(async () => {
    await emu.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('publishes, answers errors with their HTTP status, and counts 50 concurrent readers exactly', async () => {
    const notice = { title: '社区议事会开会通知', body: '本周五晚七点在党群服务中心三楼议事厅。', category: '居务公开', pinned: true }
    assert.equal((await call('demo-resident', 'publish', notice)).status, 403)
    const rejected = await call('demo-secretary', 'publish', { ...notice, body: '欢迎参加六合彩' })
    assert.equal(rejected.status, 400)
    assert.equal((await rejected.json()).error.code, 'CONTENT_REJECTED')
    const published = await call('demo-secretary', 'publish', notice)
    assert.equal(published.status, 200)
    const { id } = (await published.json()).data
    assert.equal((await call('demo-resident', 'get', { id: 'missing' })).status, 404)

    const rs = await Promise.all(Array.from({ length: 50 }, (_, i) => call(`http-reader-${i}`, 'get', { id })))
    assert.deepEqual([...new Set(rs.map((r) => r.status))], [200])
    const home = await (await call('demo-resident', 'home', {})).json()
    assert.equal(home.data.pinned[0].id, id)
    assert.equal(home.data.pinned[0].readCount, 50)
  })
})
