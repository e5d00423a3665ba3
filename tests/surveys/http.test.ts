import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { startEmulator, type Emulator } from '../../cloudfunctions/_local/emulator'

describe('surveys over the emulator’s HTTP API', () => {
  let dir: string
  let emu: Emulator
  const call = async (openid: string, action: string, data: unknown) => {
    const res = await fetch(`${emu.url}/api/surveys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-redpost-openid': openid },
      body: JSON.stringify({ action, data }),
    })
    return { status: res.status, body: await res.json() }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redpost-surveys-'))
    emu = await startEmulator({ port: 0, dataFile: join(dir, 'db.sqlite'), log: memoryLogger(), timers: false })
  })
  afterAll(async () => {
    await emu.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers the seeded year-end survey, counts 15 simultaneous submissions by one person once, and refuses a closed survey with 409', async () => {
    const rs = await Promise.all(
      Array.from({ length: 15 }, (_, i) => call('demo-resident', 'answer', { id: 's-satisfaction-2026', answers: { q1: (i % 5) + 1, q2: 4, q3: 4, q4: 'o1' } })),
    )
    assert.deepEqual([...new Set(rs.map((r) => r.status))], [200])
    assert.equal(rs.filter((r) => r.body.data.first).length, 1)
    const results = (await call('demo-staff', 'results', { id: 's-satisfaction-2026' })).body.data
    assert.equal(results.answerCount, 4)
    assert.equal(results.questions[0].answered, 4)
    const late = await call('demo-resident', 'answer', { id: 's-needs-2026', answers: { q1: 'o1', q2: ['o1'], q3: 4 } })
    assert.equal(late.status, 409)
    assert.equal(late.body.error.code, 'TOO_LATE')
    assert.equal((await call('demo-resident', 'results', { id: 's-satisfaction-2026' })).status, 403)
  })
})
