/**
 * The scoped store (cloudfunctions/_runtime/scoped.ts) against the sqlite store directly: reads
 * answer only the caller's units, counts do not count others, writes outside the units change
 * nothing (insert FORBIDDEN, update/inc/remove 0), and a transaction's store is scoped the same way.
 */
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from '@jest/globals'
import { AppError } from '../../src/domain/errors'
import { scopedStore, SCOPED } from '../../cloudfunctions/_runtime/scoped'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import type { Store } from '../../cloudfunctions/_store/port'

/** a community secretary of c-a (street s-1): acts on c-a, sees c-a and the street and district above */
const SCOPE = { act: ['c-a'], see: ['c-a', 's-1', 'd-1'] }

async function refused(p: Promise<unknown>, code = 'FORBIDDEN') {
  await assert.rejects(p, (e: unknown) => e instanceof AppError && e.code === code)
}

describe('the scoped store', () => {
  let base: SqliteStore
  let s: Store
  beforeEach(async () => {
    base = new SqliteStore(':memory:')
    for (const [id, communityId] of [['t-a1', 'c-a'], ['t-a2', 'c-a'], ['t-b1', 'c-b'], ['t-b2', 'c-b'], ['t-b3', 'c-b']]) {
      await base.insert('tickets', { _id: id, communityId, state: 'submitted', n: 0 })
    }
    await base.insert('tickets', { _id: 't-none', state: 'submitted', n: 0 })
    await base.insert('services', { _id: 'svc-s1', unitId: 's-1', ratingSum: 0, active: true, kind: 'errand', sort: 1 })
    await base.insert('services', { _id: 'svc-s2', unitId: 's-2', ratingSum: 0, active: true, kind: 'errand', sort: 1 })
    await base.insert('signups', { _id: 'x', eventId: 'e-b' })
    s = scopedStore(base, SCOPE)
  })
  afterEach(() => base.close())

  it('keeps tickets and services scoped (the collections the rest of this file uses)', () => {
    assert.equal(SCOPED.tickets, 'communityId')
    assert.equal(SCOPED.services, 'unitId')
    assert.equal(SCOPED.signups, undefined)
  })

  it('reads: get, getMany, query and queryAll answer only documents of units in sight', async () => {
    assert.equal((await s.get('tickets', 't-a1'))?._id, 't-a1')
    assert.equal(await s.get('tickets', 't-b1'), null)
    assert.equal(await s.get('tickets', 't-none'), null, 'a document without the field is outside every scope')
    assert.deepEqual([...(await s.getMany('tickets', ['t-a1', 't-b1', 't-none', 't-a2'])).keys()].sort(), ['t-a1', 't-a2'])
    assert.deepEqual((await s.query('tickets', {})).items.map((d) => d._id).sort(), ['t-a1', 't-a2'])
    assert.deepEqual((await s.query('tickets', { where: { communityId: 'c-b' } })).items, [], "asking for another unit's documents answers none")
    assert.deepEqual((await s.query('tickets', { where: { communityId: { $in: ['c-a', 'c-b'] } } })).items.map((d) => d._id).sort(), ['t-a1', 't-a2'])
    assert.deepEqual((await s.query('tickets', { where: { state: 'submitted' } })).items.map((d) => d._id).sort(), ['t-a1', 't-a2'])
    assert.deepEqual((await s.queryAll('tickets', { where: { state: 'submitted' } }, { max: 2 })).map((d) => d._id).sort(), ['t-a1', 't-a2'], "others' documents do not count towards the bound")
    assert.deepEqual(await s.queryAll('tickets', { where: { communityId: 'c-b' } }, { max: 10 }), [])
    // a unit above the caller is in sight: the street's service reads, another street's does not
    assert.equal((await s.get('services', 'svc-s1'))?._id, 'svc-s1')
    assert.equal(await s.get('services', 'svc-s2'), null)
    // collections not listed pass through
    assert.equal((await s.get('signups', 'x'))?._id, 'x')
  })

  it("counts do not count others' documents", async () => {
    assert.equal(await base.count('tickets', { state: 'submitted' }), 6)
    assert.equal(await s.count('tickets'), 2)
    assert.equal(await s.count('tickets', { state: 'submitted' }), 2)
    assert.equal(await s.count('tickets', { communityId: 'c-b' }), 0)
    assert.equal(await s.count('services'), 1)
  })

  it('insert outside the units acted on is FORBIDDEN and writes nothing', async () => {
    await refused(s.insert('tickets', { _id: 't-new-b', communityId: 'c-b' }))
    await refused(s.insert('tickets', { _id: 't-new-s', communityId: 's-1' }), 'FORBIDDEN') // in sight, not acted on
    await refused(s.insert('tickets', { _id: 't-new-none' }))
    assert.equal(await base.get('tickets', 't-new-b'), null)
    assert.equal(await base.get('tickets', 't-new-s'), null)
    assert.equal(await base.get('tickets', 't-new-none'), null)
    await s.insert('tickets', { _id: 't-new-a', communityId: 'c-a' })
    assert.equal((await base.get('tickets', 't-new-a'))?.communityId, 'c-a')
  })

  it('update, inc and remove of a document outside the units change nothing (0)', async () => {
    assert.equal(await s.update('tickets', 't-b1', { state: 'closed' }), 0)
    assert.equal(await s.update('tickets', 't-b1', { state: 'closed' }, { where: { communityId: 'c-b' } }), 0)
    assert.equal(await s.inc('tickets', 't-b1', 'n', 1), 0)
    assert.equal(await s.remove('tickets', 't-b1'), 0)
    assert.deepEqual(await base.get('tickets', 't-b1'), { _id: 't-b1', communityId: 'c-b', state: 'submitted', n: 0 })
    // the caller's own documents change
    assert.equal(await s.update('tickets', 't-a1', { state: 'closed' }), 1)
    assert.equal(await s.inc('tickets', 't-a1', 'n', 2), 1)
    assert.equal((await base.get('tickets', 't-a1'))?.n, 2)
    // …but may not be moved out of the caller's units
    await refused(s.update('tickets', 't-a2', { communityId: 'c-b' }))
    assert.equal((await base.get('tickets', 't-a2'))?.communityId, 'c-a')
    assert.equal(await s.remove('tickets', 't-a2'), 1)
  })

  it('a street service is written from below (a rating), another street’s is not', async () => {
    assert.equal(await s.inc('services', 'svc-s1', 'ratingSum', 5), 1)
    assert.equal(await s.inc('services', 'svc-s2', 'ratingSum', 5), 0)
    assert.equal((await base.get('services', 'svc-s2'))?.ratingSum, 0)
  })

  it('a transaction gets the same scoped store: reads filtered, writes refused, nothing half-written', async () => {
    const seen = await s.transaction(async (tx) => ({ own: await tx.get('tickets', 't-a1'), other: await tx.get('tickets', 't-b1'), upd: await tx.update('tickets', 't-b1', { state: 'x' }), inc: await tx.inc('tickets', 't-b2', 'n', 1), rm: await tx.remove('tickets', 't-b3') }))
    assert.equal(seen.own?._id, 't-a1')
    assert.equal(seen.other, null)
    assert.deepEqual([seen.upd, seen.inc, seen.rm], [0, 0, 0])
    await refused(
      s.transaction(async (tx) => {
        await tx.update('tickets', 't-a1', { state: 'in_tx' })
        await tx.insert('tickets', { _id: 't-tx-b', communityId: 'c-b' })
      }),
    )
    assert.equal((await base.get('tickets', 't-a1'))?.state, 'submitted', 'the refused transaction rolled back its first write')
    assert.equal(await base.get('tickets', 't-tx-b'), null)
    assert.equal((await base.get('tickets', 't-b3'))?._id, 't-b3')
    assert.equal((await base.get('tickets', 't-b2'))?.n, 0)
  })

  it('an empty scope sees and writes nothing of a scoped collection', async () => {
    const none = scopedStore(base, { act: [], see: [] })
    assert.deepEqual((await none.query('tickets', {})).items, [])
    assert.equal(await none.count('tickets'), 0)
    assert.equal(await none.update('tickets', 't-a1', { state: 'x' }), 0)
    await refused(none.insert('tickets', { _id: 't-z', communityId: 'c-a' }))
  })
})
