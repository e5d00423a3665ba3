import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { isIndexed } from '../../cloudfunctions/_store/coverage'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import { guarded } from '../helpers/guard'

describe('index and security-rule coverage', () => {
  it('a query is covered only when one declared index holds all its fields', () => {
    assert.equal(isIndexed('members', { where: { communityId: 'c', roles: { $has: 'member' } }, orderBy: [['points', 'desc']] }), true)
    assert.equal(isIndexed('members', { where: { phone: 'x' } }), false)
    assert.equal(isIndexed('members', { where: { _id: 'x' } }), true, '_id is always indexed')
    assert.equal(isIndexed('nowhere', { orderBy: [['at', 'asc']] }), false)
  })

  it('the test store refuses unindexed queries and collections without a rule', async () => {
    const store = guarded(new SqliteStore(':memory:'))
    await assert.rejects(store.query('members', { where: { phone: '13900000000' } }), /no declared index/)
    await assert.rejects(store.get('made_up', 'x'), /no security rule/)
    assert.deepEqual(await store.query('members', { where: { communityId: 'c-wanghu' } }), { items: [] })
    await store.close()
  })
})

describe('whole-set reads in tests', () => {
  it('a queryAll past its bound fails the test at close even when the code under test swallowed the error', async () => {
    const store = guarded(new SqliteStore(':memory:'))
    for (const id of ['g1', 'g2', 'g3']) await store.insert('grids', { _id: id, communityId: 'c-x' })
    assert.equal((await store.queryAll('grids', { where: { communityId: 'c-x' } }, { max: 3 })).length, 3)
    await assert.rejects(store.queryAll('grids', { where: { name: 'x' } }, { max: 3 }), /no declared index/)
    await store.queryAll('grids', { where: { communityId: 'c-x' } }, { max: 2 }).catch(() => 'swallowed, as a sweep job would')
    await assert.rejects(store.close(), /outgrew their bound:\n {2}queryAll\("grids"\): more than 2 documents/)
  })
})
