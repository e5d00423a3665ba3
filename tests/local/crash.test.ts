/**
 * Crash safety: SIGKILL the emulator in the middle of a booking and check-in storm, restart it on
 * the same database, and check what must always hold — each slot's counter equals its active
 * bookings, no duplicate check-ins, no points without their check-in, every total equals its ledger.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from '@jest/globals'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import type { Doc } from '../../cloudfunctions/_store/port'
import { openEventNow } from '../../scripts/load/scene'
import { postJson, startServer } from '../helpers/process'

/** a whole collection after the storm: far below this */
const MAX_DOCS = 100_000
const all = (store: SqliteStore, coll: string, where?: Record<string, string>): Promise<Doc[]> => store.queryAll(coll, { where }, { max: MAX_DOCS })

async function setData<T>(url: string, openid: string, fn: string, action: string, data: unknown): Promise<T> {
  const r = await postJson(`${url}/api/${fn}`, { action, data }, openid)
  assert.ok(r?.ok, `${fn}.${action}: ${JSON.stringify(r)}`)
  return r.data as T
}

describe('crash safety', () => {
  it('SIGKILL during a booking and check-in storm loses no invariant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redpost-crash-'))
    const dataFile = join(dir, 'db.sqlite')
    try {
      const first = startServer(dataFile)
      const url = await first.url
      const ev = await setData<{ id: string }>(url, 'demo-secretary', 'events', 'create', openEventNow(new Date(), { title: '崩溃测试：社区义务巡河', capacity: 500, lastsMin: 110, points: 3 }))
      const { token } = await setData<{ token: string }>(url, 'demo-secretary', 'events', 'checkinToken', { eventId: ev.id })
      const slots = (await setData<{ items: { id: string; remaining: number }[] }>(url, 'demo-resident', 'booking', 'slots', { serviceId: 'svc-yizhen' })).items
        .filter((s) => s.remaining > 0)
        .slice(0, 6)
      assert.ok(slots.length > 0, 'the seeds offer bookable clinic slots')

      // the storm: bookings (more people than places) and check-ins (each person scanning twice)
      let answered = 0
      const storm: Promise<unknown>[] = []
      for (let i = 0; i < 240; i++) {
        const who = `crash-${i % 120}`
        const call =
          i % 2 === 0
            ? postJson(`${url}/api/booking`, { action: 'book', data: { slotId: slots[i % slots.length].id, requestId: `crash-req-${i}`, contact: { name: '测试', phone: '13900000000' } } }, who)
            : postJson(`${url}/api/events`, { action: 'checkIn', data: { token, eventId: ev.id } }, who)
        storm.push(call.then((r) => r && answered++))
      }
      while (answered < 40) await new Promise((r) => setTimeout(r, 2))
      first.child.kill('SIGKILL')
      const atKill = answered
      await Promise.all(storm)
      assert.equal(await first.exited, null, 'killed, not exited')
      assert.ok(answered < 240, `the kill landed mid-storm (${atKill} answered when killed, ${answered} of 240 in all)`)

      // restart on the same file: it must come up, and a clean stop closes it
      const second = startServer(dataFile)
      const url2 = await second.url
      const health = await fetch(`${url2}/healthz`)
      assert.equal(health.status, 200)
      second.child.kill('SIGTERM')
      assert.equal(await second.exited, 0)

      const store = new SqliteStore(dataFile)
      try {
        for (const s of slots) {
          const slot = await store.get<Doc & { booked: number }>('slots', s.id)
          const active = (await all(store, 'bookings', { slotId: s.id })).filter((b) => b.status !== 'cancelled')
          assert.equal(slot?.booked ?? 0, active.length, `slot ${s.id}: counter equals active bookings`)
        }
        const checkins = await all(store, 'checkins', { eventId: ev.id })
        assert.equal(new Set(checkins.map((c) => c.openid)).size, checkins.length, 'no duplicate check-ins')
        const attend = (await all(store, 'points_ledger')).filter((e) => e.reason === 'attend' && e.sourceId === ev.id)
        const checkedIn = new Set(checkins.map((c) => c.openid))
        for (const e of attend) assert.ok(checkedIn.has(e.openid as string), `points for ${e.openid} have their check-in`)
        for (let i = 0; i < 120; i++) {
          const m = await store.get<Doc & { points: number }>('members', `crash-${i}`)
          const ledger = (await all(store, 'points_ledger', { openid: `crash-${i}` })).reduce((n, e) => n + (e.amount as number), 0)
          assert.equal(m?.points ?? 0, ledger, `crash-${i}: total equals ledger`)
        }
      } finally {
        await store.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
