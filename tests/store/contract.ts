/**
 * The store port's contract: one suite, run against every adapter (sqlite.test.ts, cloud.test.ts).
 * What handlers rely on: duplicate ids conflict, conditional updates are atomic under concurrency,
 * queries filter/order/page exactly (past the cloud's 100 documents a get), whole-set reads refuse
 * to be cut short, null is not absence for `$exists`, transactions commit all or nothing.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { AppError } from '../../src/domain/errors'
import { MAX_PAGE, op, type Doc, type Store, type Where } from '../../cloudfunctions/_store/port'
import { ReadBoundError } from '../../cloudfunctions/_store/semantics'

export function storeContract(name: string, make: () => Store) {
  describe(`store contract: ${name}`, () => {
    let s: Store
    beforeAll(() => {
      s = make()
    })
    afterAll(() => s.close())

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

    it('null and absence: {f: null} matches both, $exists is presence, and query agrees with a conditional update', async () => {
      const docs: Doc[] = [
        { _id: 'n1', v: 'x' },
        { _id: 'n2', v: null },
        { _id: 'n3' },
        { _id: 'n4', v: 'y' },
      ]
      for (const d of docs) await s.insert('nulls', d)
      const cases: [Where, string[]][] = [
        [{ v: null }, ['n2', 'n3']],
        [{ v: { $eq: null } }, ['n2', 'n3']],
        [{ v: { $ne: null } }, ['n1', 'n4']],
        [{ v: { $exists: true } }, ['n1', 'n2', 'n4']],
        [{ v: { $exists: false } }, ['n3']],
        [{ v: { $ne: 'x' } }, ['n2', 'n3', 'n4']],
        [{ v: { $in: ['x', null] } }, ['n1', 'n2', 'n3']],
        [{ v: { $nin: ['x', null] } }, ['n4']],
        [{ v: { $exists: true, $ne: null } }, ['n1', 'n4']],
      ]
      for (const [where, want] of cases) {
        const found = (await s.query('nulls', { where, orderBy: [['_id', 'asc']] })).items.map((d) => d._id)
        assert.deepEqual(found, want, `query ${JSON.stringify(where)}`)
        assert.equal(await s.count('nulls', where), want.length, `count ${JSON.stringify(where)}`)
        const changed: string[] = []
        for (const d of docs) if (await s.update('nulls', d._id, { seen: op.inc(1) }, { where })) changed.push(d._id)
        assert.deepEqual(changed, want, `conditional update ${JSON.stringify(where)}`)
      }
      const inTx: string[] = []
      await s.transaction(async (tx) => {
        for (const d of docs) if (await tx.update('nulls', d._id, { seen: op.inc(1) }, { where: { v: { $exists: false } } })) inTx.push(d._id)
      })
      assert.deepEqual(inTx, ['n3'], 'a transaction evaluates conditions with the same meaning')
    })

    it('an update that changes nothing answers 0 (the cloud reports stats.updated 0); changing a field answers 1', async () => {
      await s.insert('noop', { _id: 'o', state: 'open', tags: ['a'], meta: { x: 1, y: 2 }, updatedAt: 't1' })
      assert.equal(await s.update('noop', 'o', { state: 'open' }), 0, 'same value')
      assert.equal(await s.update('noop', 'o', { meta: { y: 2, x: 1 }, gone: undefined }), 0, 'same object, removing an absent field')
      assert.equal(await s.update('noop', 'o', { state: 'open' }, { where: { state: 'open' } }), 0, 'matched but unchanged is not an update')
      assert.equal(await s.update('noop', 'o', { state: 'open', updatedAt: 't2' }, { where: { state: 'open' } }), 1, 'a changed updatedAt makes it one')
      assert.equal(await s.inc('noop', 'o', 'n', 0), 1, 'incrementing an absent field by 0 creates it')
      assert.equal(await s.inc('noop', 'o', 'n', 0), 0, 'incrementing by 0 changes nothing')
      const inTx = await s.transaction((tx) => tx.update('noop', 'o', { state: 'open' }))
      assert.equal(inTx, 0, 'inside a transaction too')
      assert.deepEqual(await s.get('noop', 'o'), { _id: 'o', state: 'open', tags: ['a'], meta: { x: 1, y: 2 }, updatedAt: 't2', n: 0 })
    })

    it('250 documents: query pages of at most 100 with a cursor, queryAll reads them all in order', async () => {
      const n = 250
      const ids = Array.from({ length: n }, (_, i) => `b${String(i).padStart(3, '0')}`)
      for (const [i, id] of ids.entries()) await s.insert('big', { _id: id, group: i % 2 ? 'odd' : 'even', rank: n - i })
      const sizes: number[] = []
      const seen: string[] = []
      let after: string | undefined
      do {
        const page = await s.query('big', { orderBy: [['rank', 'desc']], limit: 500, after })
        sizes.push(page.items.length)
        seen.push(...page.items.map((d) => d._id))
        after = page.next
      } while (after)
      assert.deepEqual(sizes, [MAX_PAGE, MAX_PAGE, 50], 'a limit above the page cap is the cap, and every page but the last says more follow')
      assert.deepEqual(seen, ids)
      const exact = await s.query('big', { where: { group: 'even' }, orderBy: [['rank', 'desc']], limit: 100 })
      assert.equal(exact.items.length, 100)
      assert.ok(exact.next, '125 match: a full page of 100 says more follow')
      const rest = await s.query('big', { where: { group: 'even' }, orderBy: [['rank', 'desc']], limit: 100, after: exact.next })
      assert.equal(rest.items.length, 25)
      assert.equal(rest.next, undefined)

      const all = await s.queryAll('big', { orderBy: [['rank', 'asc']] }, { max: 1000 })
      assert.deepEqual(all.map((d) => d._id), [...ids].reverse())
      assert.equal((await s.queryAll('big', { where: { group: 'odd' } }, { max: 125 })).length, 125, 'exactly the bound is fine')
      assert.deepEqual(await s.queryAll('big', { where: { group: 'none' } }, { max: 1 }), [])
    })

    it('queryAll fails loudly, naming the collection and the bound, when the set is larger than the bound', async () => {
      for (let i = 0; i < 12; i++) await s.insert('bounded', { _id: `x${i}`, k: 'a' })
      await assert.rejects(
        s.queryAll('bounded', { where: { k: 'a' } }, { max: 11 }),
        (e: unknown) => e instanceof ReadBoundError && e.collection === 'bounded' && e.max === 11 && /"bounded".*11/.test(e.message),
      )
      await assert.rejects(s.queryAll('bounded', {}, { max: 0 }), /bound/)
      assert.equal((await s.queryAll('bounded', {}, { max: 12 })).length, 12)
    })

    it('getMany answers the documents by id: missing ids absent, duplicates once, many ids at once', async () => {
      for (let i = 0; i < 230; i++) await s.insert('many', { _id: `m${i}`, i })
      const got = await s.getMany<{ _id: string; i: number }>('many', ['m3', 'nope', 'm1', 'm3'])
      assert.deepEqual([...got.keys()].sort(), ['m1', 'm3'])
      assert.equal(got.get('m3')?.i, 3)
      assert.equal((await s.getMany('many', [])).size, 0)
      assert.deepEqual([...(await s.getMany('many', ['', undefined as unknown as string, 'm2'])).keys()], ['m2'], 'an empty or missing id names nothing')
      const ids = Array.from({ length: 240 }, (_, i) => `m${i}`)
      const lots = await s.getMany<{ _id: string; i: number }>('many', ids)
      assert.equal(lots.size, 230, 'past the 100 documents of one get')
      assert.equal(lots.get('m229')?.i, 229)
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

    it('the store itself used inside a transaction body fails at once and the transaction rolls back', async () => {
      await s.insert('txrule', { _id: 'r', v: 0 })
      const inside = [
        () => s.query('txrule', {}),
        () => s.get('txrule', 'r'),
        () => s.update('txrule', 'r', { v: 5 }),
        () => s.queryAll('txrule', {}, { max: 10 }),
        () => s.transaction(async () => 1),
      ]
      for (const use of inside) {
        await assert.rejects(
          s.transaction(async (tx) => {
            await tx.update('txrule', 'r', { v: op.inc(1) })
            await use()
          }),
          /inside a transaction/,
        )
      }
      assert.equal((await s.get('txrule', 'r'))?.v, 0, 'nothing of the refused transactions was written')
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
