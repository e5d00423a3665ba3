/**
 * Crash safety of points: SIGKILL the emulator in the middle of a storm of 双报到 hours decisions
 * and wish confirmations, restart it on the same database, and check that every confirmed log and
 * every confirmed wish has exactly its ledger entry and its notice, nothing else has any, each
 * member's total equals their ledger, and the sweeper delivers the notices the kill left pending.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from '@jest/globals'
import { FixedClock, memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { localServices } from '../../cloudfunctions/_runtime/services/local'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import type { Doc } from '../../cloudfunctions/_store/port'
import { DELIVERY_GRACE_MS, outboxDelivery } from '../../cloudfunctions/sweeper/jobs/outbox-delivery'
import { ledgerId, pointsForHours } from '../../src/domain/points'
import { WISH_POINTS } from '../../src/domain/wishes/machine'
import { satisfactionOf, satisfactionOfScores } from '../../src/domain/wishes/satisfaction'
import { postJson, startServer } from '../helpers/process'

const MEMBERS = 120
const WISHES = 60
const STAFF = 60
/** kill, restart, storm again: each round is another chance to land between a decision and its points */
const ROUNDS = 3
const COMMUNITY = 'c-wanghu'

/** a whole collection after the storm: far below this */
const MAX_DOCS = 100_000
const all = (store: SqliteStore, coll: string, where?: Record<string, string>): Promise<Doc[]> => store.queryAll(coll, { where }, { max: MAX_DOCS })

/** Members, a pending hours log for each, and fulfilled wishes waiting for their posters, written before the emulator starts. */
async function prepare(dataFile: string, now: Date): Promise<void> {
  const store = new SqliteStore(dataFile)
  const at = now.toISOString()
  const person = (id: string, roles: string[]) => ({ _id: id, name: id, roles, communityId: COMMUNITY, points: 0, createdAt: at, updatedAt: at })
  try {
    for (let k = 0; k < STAFF; k++) await store.insert('members', person(`crash-staff-${k}`, ['staff']))
    for (let i = 0; i < MEMBERS; i++) {
      await store.insert('members', person(`crash-m-${i}`, ['member']))
      await store.insert('service_hours', {
        _id: `crash-hours-${i}`,
        communityId: COMMUNITY,
        openid: `crash-m-${i}`,
        name: `crash-m-${i}`,
        postId: 'post-elder',
        postName: '助老',
        date: '2026-11-20',
        hours: 1 + (i % 4) * 0.5,
        note: '上门陪伴',
        state: 'pending',
        at,
        timeline: [{ at, by: `crash-m-${i}`, action: 'log' }],
      })
    }
    for (let j = 0; j < WISHES; j++) {
      await store.insert('members', person(`crash-p-${j}`, []))
      await store.insert('wishes', {
        _id: `crash-wish-${j}`,
        communityId: COMMUNITY,
        state: 'fulfilled',
        version: 3,
        title: `崩溃测试心愿 ${j}`,
        story: '想要一副老花镜',
        images: [],
        beneficiary: { name: '马桂芳', building: '4幢' },
        poster: `crash-p-${j}`,
        posterName: `crash-p-${j}`,
        claimer: `crash-m-${j}`,
        claimerName: `crash-m-${j}`,
        claimedAt: at,
        postedAt: at,
        listedAt: at,
        updatedAt: at,
        stale: false,
        fulfilment: { note: '送到了', images: [], at },
        resources: [],
        timeline: [],
      })
    }
  } finally {
    await store.close()
  }
}

describe('crash safety of points', () => {
  it('SIGKILL during hours decisions and wish confirmations loses no points and no notice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redpost-crash-points-'))
    const dataFile = join(dir, 'db.sqlite')
    try {
      await prepare(dataFile, new Date())
      // each log decided twice by two staff (the second mostly agrees), each wish confirmed twice by its poster
      const calls: [string, string, string, unknown][] = []
      for (let i = 0; i < MEMBERS; i++) {
        calls.push([`crash-staff-${i % STAFF}`, 'wishes', 'decideHours', { id: `crash-hours-${i}`, accept: true }])
        calls.push([`crash-staff-${(i + 7) % STAFF}`, 'wishes', 'decideHours', { id: `crash-hours-${i}`, accept: i % 5 !== 0, ...(i % 5 === 0 ? { reason: '日期不对' } : {}) }])
        if (i < WISHES) calls.push([`crash-p-${i}`, 'wishes', 'confirm', { id: `crash-wish-${i}`, score: 5, thanks: '谢谢' }], [`crash-p-${i}`, 'wishes', 'confirm', { id: `crash-wish-${i}`, score: 4 }])
      }
      let won = 0
      for (let round = 0; round < ROUNDS; round++) {
        const server = startServer(dataFile)
        const url = await server.url
        let answered = 0
        let settled = 0
        const storm = calls.map(([who, fn, action, data]) =>
          postJson(`${url}/api/${fn}`, { action, data }, who).then((r) => {
            settled++
            if (!r) return
            answered++
            if (r.ok) won++
            else assert.ok(['ALREADY_DONE', 'CONFLICT'].includes(r.error!.code), `${fn}.${action}: ${JSON.stringify(r)}`)
          }),
        )
        while (answered < 30 * (round + 1) && settled < calls.length) await new Promise((r) => setTimeout(r, 2))
        server.child.kill('SIGKILL')
        await Promise.all(storm)
        assert.equal(await server.exited, null, 'killed, not exited')
        assert.ok(answered < calls.length, `round ${round}: the kill landed mid-storm (${answered} of ${calls.length} answered)`)
      }

      const last = startServer(dataFile)
      assert.equal((await fetch(`${await last.url}/healthz`)).status, 200)
      last.child.kill('SIGTERM')
      assert.equal(await last.exited, 0)

      const store = new SqliteStore(dataFile)
      try {
        const ledger = new Map((await all(store, 'points_ledger')).map((e) => [e._id, e]))
        const outbox = await all(store, 'outbox')
        const noticesTo = (openid: string, template: string, page?: string) => outbox.filter((n) => n.to === openid && n.template === template && (!page || n.page === page))
        let decided = 0
        for (let i = 0; i < MEMBERS; i++) {
          const log = (await store.get<Doc & { state: string; hours: number; points?: number; timeline: { action: string }[] }>('service_hours', `crash-hours-${i}`))!
          const entry = ledger.get(ledgerId('service', log._id, log.openid as string))
          if (log.state === 'confirmed') {
            assert.equal(entry?.amount, pointsForHours(log.hours), `${log._id}: confirmed with its points`)
            assert.equal(log.points, pointsForHours(log.hours))
          } else {
            assert.equal(entry, undefined, `${log._id} (${log.state}): no points`)
          }
          const decisions = log.timeline.filter((e) => e.action === 'confirmed' || e.action === 'rejected').length
          assert.equal(decisions, log.state === 'pending' ? 0 : 1, `${log._id}: decided at most once`)
          assert.equal(noticesTo(log.openid as string, 'service').length, decisions, `${log._id}: a notice for each decision`)
          decided += decisions
        }
        let confirmed = 0
        for (let j = 0; j < WISHES; j++) {
          const w = (await store.get<Doc & { state: string; claimer: string }>('wishes', `crash-wish-${j}`))!
          const entry = ledger.get(ledgerId('wish', w._id, w.claimer))
          const notices = noticesTo(w.claimer, 'wish', `/packages/wishes/pages/detail/index?id=${w._id}`)
          if (w.state === 'confirmed') {
            confirmed++
            assert.equal(entry?.amount, WISH_POINTS, `${w._id}: confirmed with the claimer's points`)
            assert.equal(notices.length, 1, `${w._id}: the claimer is told once`)
          } else {
            assert.equal(w.state, 'fulfilled')
            assert.equal(entry, undefined, `${w._id}: no points before the confirmation`)
            assert.equal(notices.length, 0)
          }
        }
        const scored = (await all(store, 'wishes')).filter((w) => w.communityId === COMMUNITY && typeof w.score === 'number').map((w) => w.score as number)
        const summary = await store.get<Doc & { rated: number; satisfied: number }>('wish_satisfaction', COMMUNITY)
        assert.deepEqual(satisfactionOf(summary?.rated ?? 0, summary?.satisfied ?? 0), satisfactionOfScores(scored), 'the 满意度 summary counts each confirmed score once')
        assert.ok(won > 0 && won <= decided + confirmed, `each answered success is on disk (${won} answered, ${decided + confirmed} stored)`)
        for (let i = 0; i < MEMBERS; i++) {
          const openid = `crash-m-${i}`
          const m = await store.get<Doc & { points: number }>('members', openid)
          const sum = [...ledger.values()].filter((e) => e.openid === openid).reduce((n, e) => n + (e.amount as number), 0)
          assert.equal(m?.points ?? 0, sum, `${openid}: total equals ledger`)
        }

        // notices the kill caught between commit and delivery are delivered by the sweeper's outbox job
        const clock = new FixedClock(new Date(Date.now() + DELIVERY_GRACE_MS + 60_000).toISOString())
        const log = memoryLogger()
        await outboxDelivery.run({ store, clock, log, services: localServices(store, clock, log, 'crash-secret') })
        const left = (await all(store, 'outbox')).filter((n) => n.pendingSince !== undefined)
        assert.deepEqual(left, [], 'no notice is left undelivered')
      } finally {
        await store.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
