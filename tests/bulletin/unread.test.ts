import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'

describe('bulletin.unread: who in the grid has not read', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('the author of an urgent grid notice sees who has not opened it, until they do', async () => {
    const r = await h.ok('demo-staff', 'bulletin', 'unread', { id: 'n-water-urgent' })
    assert.equal(r.gridName, '望湖第一网格')
    assert.deepEqual(r.items.map((p) => p.name), ['王秀兰'], '周立平 (2幢) has read it; the author is not listed')
    assert.deepEqual([r.total, r.read], [2, 1])
    await h.ok('demo-resident', 'bulletin', 'get', { id: 'n-water-urgent' })
    const after = await h.ok('demo-staff', 'bulletin', 'unread', { id: 'n-water-urgent' })
    assert.deepEqual([after.items.length, after.read], [0, 2])
  })

  it('only the author may ask; residents never', async () => {
    await h.err('demo-secretary', 'bulletin', 'unread', { id: 'n-water-urgent' }, 'FORBIDDEN')
    await h.err('demo-resident', 'bulletin', 'unread', { id: 'n-water-urgent' }, 'FORBIDDEN')
    await h.err('demo-staff', 'bulletin', 'unread', { id: 'n-nope' }, 'NOT_FOUND')
  })

  it('for a community-wide notice the grid is chosen, or the author’s own', async () => {
    await h.err('demo-secretary', 'bulletin', 'unread', { id: 'n-heating' }, 'INVALID_INPUT')
    const second = await h.ok('demo-secretary', 'bulletin', 'unread', { id: 'n-heating', gridId: 'g-wanghu-2' })
    assert.deepEqual(second.items.map((p) => p.name), [], '李建国 (7幢) and 孙德明 (5幢) have read it')
    assert.equal(second.total, 2)
    const fourth = await h.ok('demo-secretary', 'bulletin', 'unread', { id: 'n-heating', gridId: 'g-wanghu-4' })
    assert.deepEqual(fourth.items.map((p) => p.name), ['胡晓燕'])
    await h.err('demo-secretary', 'bulletin', 'unread', { id: 'n-heating', gridId: 'g-xincheng-1' }, 'NOT_FOUND')
    await h.err('demo-staff', 'bulletin', 'unread', { id: 'n-water-urgent', gridId: 'g-wanghu-2' }, 'INVALID_INPUT')
  })
})

describe('bulletin reads are personal data', () => {
  it('exportMine lists the notices I have opened', async () => {
    const h = await harness()
    await h.ok('demo-resident', 'bulletin', 'get', { id: 'n-heating' })
    const out = JSON.stringify(await h.ok('demo-resident', 'members', 'exportMine', {}))
    assert.match(out, /n-heating:demo-resident/)
    await h.close()
  })
})
