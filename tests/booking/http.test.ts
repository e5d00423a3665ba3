import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { FixedClock, memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { startEmulator, type Emulator } from '../../cloudfunctions/_local/emulator'
import { DEFAULT_NOW } from '../helpers/harness'
import { contactFor, slotAt } from './helpers'

describe('booking over the emulator’s HTTP API', () => {
  let dir: string
  let emu: Emulator
  const call = (openid: string, action: string, data: unknown) =>
    fetch(`${emu.url}/api/booking`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-redpost-openid': openid },
      body: JSON.stringify({ action, data }),
    })

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redpost-booking-'))
    emu = await startEmulator({ port: 0, dataFile: join(dir, 'db.sqlite'), log: memoryLogger(), timers: false, clock: new FixedClock(DEFAULT_NOW) })
  })
  afterAll(async () => {
    await emu.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('50 simultaneous bookings of a 6-place slot: exactly 6 answer 200, the rest 409 FULL', async () => {
    const slotId = slotAt('svc-yizhen', '2026-11-25', '14:00')
    const rs = await Promise.all(
      Array.from({ length: 50 }, (_, i) => call(`http-booker-${i}`, 'book', { slotId, requestId: `http-req-${i}-abcdef`, contact: contactFor(i) })),
    )
    const bodies = await Promise.all(rs.map((r) => r.json() as Promise<{ ok: boolean; error?: { code: string } }>))
    assert.equal(rs.filter((r) => r.status === 200).length, 6)
    assert.equal(rs.filter((r) => r.status === 409).length, 44)
    assert.deepEqual([...new Set(bodies.filter((b) => !b.ok).map((b) => b.error?.code))], ['FULL'])
    const slots = (await (await call('demo-resident', 'slots', { serviceId: 'svc-yizhen', from: '2026-11-25', to: '2026-11-25' })).json()) as {
      data: { items: { id: string; booked: number }[] }
    }
    assert.equal(slots.data.items.find((s) => s.id === slotId)?.booked, 6)
  })
})
