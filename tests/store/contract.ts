/**
 * The store port's contract: one suite, run against every adapter (sqlite.test.ts, cloud.test.ts).
 * What handlers rely on: duplicate ids conflict, conditional updates are atomic under concurrency,
 * queries filter/order/page exactly, transactions commit all or nothing.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { AppError } from '../../src/domain/errors'
import { op, type Doc, type Store } from '../../cloudfunctions/_store/port'

export function storeContract(name: string, make: () => Store) {
  describe(`store contract: ${name}`, () => {
    let s: Store
    before(() => {
      s = make()
    })
    after(() => s.close())

    const conflict = (e: unknown) => e instanceof AppError && e.code === 'CONFLICT'

    it('insert then get answers the document; a missing id answers null', async () => {
      await s.insert('things', { _id: 'a', name: '甲', n: 1, tags: ['x'] })
      assert.deepEqual(await s.get('things', 'a'), { _id: 'a', name: '甲', n: 1, tags: ['x'] })
      assert.equal(await s.get('things', 'nope'), null)
    })

    it('a duplicate _id is CONFLICT and leaves the first document as it was', async () => {
      await s.insert('dups', { _id: 'd', v: 1 })
      await assert.rejects(s.insert('dups', { _id: 'd', v: 2 }), conflict)
      assert.equal((await s.get('dups', 'd'))?.v, 1)
    })

    it('concurrent inserts of one id: exactly one wins', async () => {
      const rs = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => s.insert('race', { _id: 'one', i })))
      assert.equal(rs.filter((r) => r.status === 'fulfilled').length, 1)
      assert.ok(rs.every((r) => r.status === 'fulfilled' || conflict(r.reason)))
    })

    it('update sets, removes (undefined), increments and pushes; answers 0 when nothing matched', async () => {
      await s.insert('things', { _id: 'u', a: 1, b: 'keep', list: [1] })
      assert.equal(await s.update('things', 'u', { a: op.inc(2), b: undefined, c: '新', list: op.push(2) }), 1)
      assert.deepEqual(await s.get('things', 'u'), { _id: 'u', a: 3, c: '新', list: [1, 2] })
      assert.equal(await s.update('things', 'missing', { a: 1 }), 0)
      assert.equal(await s.update('things', 'u', { a: 9 }, { where: { c: '旧' } }), 0)
      assert.equal((await s.get('things', 'u'))?.a, 3, 'a failed condition changes nothing')
    })

    it('a conditional increment holds a capacity under 50 concurrent callers', async () => {
      await s.insert('slots', { _id: 's1', booked: 0, capacity: 10 })
      const rs = await Promise.all(
        Array.from({ length: 50 }, () => s.inc('slots', 's1', 'booked', 1, { where: { booked: { $lt: 10 } } })),
      )
      assert.equal(rs.filter((r) => r === 1).length, 10)
      assert.equal((await s.get('slots', 's1'))?.booked, 10)
    })

    it('where operators filter as documented', async () => {
      const docs: Doc[] = [
        { _id: 'q1', kind: 'a', n: 1, title: '水管破裂', tags: ['水务'], at: '2026-11-01' },
        { _id: 'q2', kind: 'b', n: 2, title: '路灯不亮', tags: ['供电', '城管'], at: '2026-11-02' },
        { _id: 'q3', kind: 'a', n: 3, title: '消防通道堵塞', tags: [], at: '2026-11-03', extra: true },
        { _id: 'q4', kind: 'c', n: 4, title: '楼道水渍', at: '2026-11-04' },
      ]
      for (const d of docs) await s.insert('q', d)
      const ids = async (where: Parameters<Store['count']>[1]) =>
        (await s.query('q', { where, orderBy: [['n', 'asc']] })).items.map((d) => d._id)
      assert.deepEqual(await ids({ kind: 'a' }), ['q1', 'q3'])
      assert.deepEqual(await ids({ kind: { $ne: 'a' } }), ['q2', 'q4'])
      assert.deepEqual(await ids({ n: { $gt: 1, $lte: 3 } }), ['q2', 'q3'])
      assert.deepEqual(await ids({ at: { $gte: '2026-11-03' } }), ['q3', 'q4'])
      assert.deepEqual(await ids({ kind: { $in: ['b', 'c'] } }), ['q2', 'q4'])
      assert.deepEqual(await ids({ kind: { $nin: ['a', 'b'] } }), ['q4'])
      assert.deepEqual(await ids({ extra: { $exists: true } }), ['q3'])
      assert.deepEqual(await ids({ title: { $contains: '水' } }), ['q1', 'q4'])
      assert.deepEqual(await ids({ tags: { $has: '城管' } }), ['q2'])
      assert.equal(await s.count('q', { kind: 'a' }), 2)
      assert.equal(await s.count('q'), 4)
    })

    it('cursor pages walk a tied ordering exactly once, both directions', async () => {
      for (let i = 0; i < 25; i++) await s.insert('paged', { _id: `p${String(i).padStart(2, '0')}`, score: i % 4, label: i % 3 ? 'x' : null })
      for (const dir of ['asc', 'desc'] as const) {
        const seen: string[] = []
        let after: string | undefined
        do {
          const page = await s.query('paged', { orderBy: [['score', dir]], limit: 7, after })
          seen.push(...page.items.map((d) => d._id))
          after = page.next
        } while (after)
        assert.equal(seen.length, 25)
        assert.equal(new Set(seen).size, 25)
        const all = (await s.query('paged', { orderBy: [['score', dir]], limit: 100 })).items.map((d) => d._id)
        assert.deepEqual(seen, all)
        const scores = all.map((id) => Number(id.slice(1)) % 4)
        assert.deepEqual(scores, [...scores].sort((a, b) => (dir === 'asc' ? a - b : b - a)))
      }
      const withNulls: string[] = []
      let after: string | undefined
      do {
        const page = await s.query('paged', { orderBy: [['label', 'asc']], limit: 4, after })
        withNulls.push(...page.items.map((d) => d._id))
        after = page.next
      } while (after)
      assert.equal(new Set(withNulls).size, 25, 'null values page like any other')
    })

    it('remove answers how many went', async () => {
      await s.insert('gone', { _id: 'g' })
      assert.equal(await s.remove('gone', 'g'), 1)
      assert.equal(await s.remove('gone', 'g'), 0)
      assert.equal(await s.get('gone', 'g'), null)
    })

    it('a transaction commits every write together, or none when it throws', async () => {
      await s.insert('acct', { _id: 'from', v: 10 })
      await s.insert('acct', { _id: 'to', v: 0 })
      await s.transaction(async (tx) => {
        assert.equal(await tx.inc('acct', 'from', 'v', -3, { where: { v: { $gte: 3 } } }), 1)
        await tx.inc('acct', 'to', 'v', 3)
        await tx.insert('acct_log', { _id: 't1', amount: 3 })
      })
      await assert.rejects(
        s.transaction(async (tx) => {
          await tx.inc('acct', 'from', 'v', -3)
          await tx.insert('acct_log', { _id: 't1', amount: 3 }) // duplicate → CONFLICT → roll back
        }),
        conflict,
      )
      assert.equal((await s.get('acct', 'from'))?.v, 7)
      assert.equal((await s.get('acct', 'to'))?.v, 3)
      assert.equal(await s.count('acct_log'), 1)
    })

    it('a transaction sees its own writes and conditions; concurrent ones do not lose updates', async () => {
      await s.insert('ctr', { _id: 'c', v: 0, cap: 5 })
      const rs = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          s.transaction(async (tx) => {
            const cur = await tx.get<{ _id: string; v: number; cap: number }>('ctr', 'c')
            if (!cur || cur.v >= cur.cap) return false
            await tx.update('ctr', 'c', { v: cur.v + 1 })
            await tx.insert('ctr_log', { _id: `l${i}` })
            assert.equal((await tx.get('ctr_log', `l${i}`))?._id, `l${i}`)
            return true
          }),
        ),
      )
      const won = rs.filter((r) => r.status === 'fulfilled' && r.value === true).length
      assert.equal(won, 5)
      assert.equal((await s.get('ctr', 'c'))?.v, 5)
      assert.equal(await s.count('ctr_log'), 5)
    })
  })
}
