import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
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
