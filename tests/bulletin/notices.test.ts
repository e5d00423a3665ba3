import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { readSeeds } from '../../cloudfunctions/_local/seed'
import { harness, type Harness } from '../helpers/harness'

const SEC = 'demo-secretary'
const notice = { title: '楼道堆物清理通知', body: '请各位居民本周内清理楼道堆放的杂物。\n消防通道必须保持畅通。', category: '通知公告' as const }

describe('bulletin: publish, list, read, archive', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('seeded read counts match the seeded reads', () => {
    const files = new Map(readSeeds().map((f) => [f.collection, f.docs]))
    for (const n of files.get('notices') ?? []) {
      const reads = (files.get('notice_reads') ?? []).filter((r) => r.noticeId === n._id).length
      assert.equal(n.readCount, reads, n._id)
    }
  })

  it('a resident lists live notices for everyone and for their grid, pinned first', async () => {
    const r = await h.ok('demo-resident', 'bulletin', 'list', {})
    const ids = r.items.map((i) => i.id)
    assert.equal(ids[0], 'n-heating', 'the pinned notice leads')
    assert.ok(ids.includes('n-water-urgent'), 'a notice for my grid')
    assert.ok(!ids.includes('n-old-flu'), 'expired notices leave by themselves')
    const member = await h.ok('demo-member', 'bulletin', 'list', {})
    assert.ok(!member.items.some((i) => i.id === 'n-water-urgent'), 'a notice for another grid is not shown')
    const staff = await h.ok('demo-staff', 'bulletin', 'list', {})
    assert.ok(staff.items.some((i) => i.id === 'n-juwu-fund'), 'staff see every grid')
    assert.ok(!staff.items.some((i) => i.id === 'n-old-flu'))
  })

  it('filters by category and keyword, and pages with a cursor to the end', async () => {
    const party = await h.ok('demo-resident', 'bulletin', 'list', { category: '党务公开' })
    assert.deepEqual(party.items.map((i) => i.id), ['n-dangwu-q3'])
    const byBody = await h.ok('demo-resident', 'bulletin', 'list', { q: '浙里办' })
    assert.deepEqual(byBody.items.map((i) => i.id), ['n-guide-yibao'])
    assert.deepEqual((await h.ok('demo-resident', 'bulletin', 'list', { q: '不存在的词' })).items, [])
    const all = (await h.ok('demo-staff', 'bulletin', 'list', { limit: 100 })).items.map((i) => i.id)
    const paged: string[] = []
    let after: string | undefined
    do {
      const page = await h.ok('demo-staff', 'bulletin', 'list', { limit: 2, after })
      paged.push(...page.items.map((i) => i.id))
      after = page.next
    } while (after)
    assert.deepEqual(paged, all)
    await h.err('demo-resident', 'bulletin', 'list', { category: '八卦' }, 'INVALID_INPUT')
    await h.err('demo-resident', 'bulletin', 'list', { after: 'garbage' }, 'INVALID_INPUT')
  })

  it('only secretaries and staff publish; bad input and rejected text store nothing', async () => {
    const before = await h.store.count('notices')
    await h.err('demo-resident', 'bulletin', 'publish', notice, 'FORBIDDEN')
    await h.err('demo-member', 'bulletin', 'publish', notice, 'FORBIDDEN')
    await h.err(SEC, 'bulletin', 'publish', { ...notice, title: '  ' }, 'INVALID_INPUT')
    await h.err(SEC, 'bulletin', 'publish', { ...notice, category: '闲聊' }, 'INVALID_INPUT')
    await h.err(SEC, 'bulletin', 'publish', { ...notice, expiresAt: '2026-11-24T01:00:00Z' }, 'INVALID_INPUT')
    await h.err(SEC, 'bulletin', 'publish', { ...notice, gridId: 'g-xincheng-1' }, 'NOT_FOUND')
    const rejected = await h.err(SEC, 'bulletin', 'publish', { ...notice, body: '低息贷款，高利 贷 找我' }, 'CONTENT_REJECTED')
    assert.match(rejected.message, /高利贷/)
    assert.equal(await h.store.count('notices'), before)
  })

  it('a pinned notice goes to the top; reads count once per person, not the author', async () => {
    const { id } = await h.ok(SEC, 'bulletin', 'publish', { ...notice, pinned: true, images: ['https://img.example.cn/louda.jpg'] })
    const list = await h.ok('demo-resident', 'bulletin', 'list', {})
    assert.equal(list.items[0].id, id, 'newest pinned first')
    assert.equal((await h.ok(SEC, 'bulletin', 'get', { id })).readCount, 0, "the author's own read does not count")
    const first = await h.ok('demo-resident', 'bulletin', 'get', { id })
    assert.equal(first.readCount, 1)
    assert.deepEqual(first.paragraphs, ['请各位居民本周内清理楼道堆放的杂物。', '消防通道必须保持畅通。'])
    assert.deepEqual(first.images, ['https://img.example.cn/louda.jpg'])
    assert.equal(first.authorName, '陈红梅')
    assert.equal((await h.ok('demo-resident', 'bulletin', 'get', { id })).readCount, 1, 'reading again changes nothing')
  })

  it('50 people opening a notice at once count exactly 50; one person 20 times at once counts 1', async () => {
    const { id } = await h.ok(SEC, 'bulletin', 'publish', notice)
    const rs = await Promise.all(Array.from({ length: 50 }, (_, i) => h.call(`reader-${i}`, 'bulletin', 'get', { id })))
    assert.ok(rs.every((r) => r.ok))
    const solo = await Promise.all(Array.from({ length: 20 }, () => h.call('reader-solo', 'bulletin', 'get', { id })))
    assert.ok(solo.every((r) => r.ok))
    assert.equal((await h.ok(SEC, 'bulletin', 'get', { id })).readCount, 51)
    assert.equal(await h.store.count('notice_reads', { noticeId: id }), 51)
  })

  it('a grid notice is hidden from other grids; expiry takes a notice off lists and detail', async () => {
    const { id } = await h.ok(SEC, 'bulletin', 'publish', { ...notice, gridId: 'g-wanghu-2', expiresAt: '2026-11-24T12:00:00+08:00' })
    await h.err('demo-resident', 'bulletin', 'get', { id }, 'NOT_FOUND')
    assert.equal((await h.ok('demo-member', 'bulletin', 'get', { id })).gridName, '望湖第二网格')
    h.clock.set('2026-11-24T04:00:00.000Z')
    assert.ok(!(await h.ok('demo-member', 'bulletin', 'list', {})).items.some((i) => i.id === id))
    await h.err('demo-member', 'bulletin', 'get', { id }, 'NOT_FOUND')
    assert.equal((await h.ok(SEC, 'bulletin', 'get', { id })).id, id, 'the author can still open it')
    h.clock.set('2026-11-24T02:00:00.000Z')
  })

  it('archive: editors only, once even when two archive at the same moment', async () => {
    const { id } = await h.ok(SEC, 'bulletin', 'publish', notice)
    await h.err('demo-resident', 'bulletin', 'archive', { id }, 'FORBIDDEN')
    await h.err('demo-staff', 'bulletin', 'archive', { id: 'n-nope' }, 'NOT_FOUND')
    const rs = await Promise.all([h.call(SEC, 'bulletin', 'archive', { id }), h.call('demo-staff', 'bulletin', 'archive', { id })])
    assert.equal(rs.filter((r) => r.ok).length, 1)
    assert.deepEqual(rs.filter((r) => !r.ok).map((r) => !r.ok && r.error.code), ['ALREADY_DONE'])
    const doc = await h.store.get('notices', id)
    assert.deepEqual((doc?.history as { action: string }[]).map((e) => e.action), ['publish', 'archive'])
    await h.err('demo-resident', 'bulletin', 'get', { id }, 'NOT_FOUND')
    assert.ok(!(await h.ok('demo-resident', 'bulletin', 'list', {})).items.some((i) => i.id === id))
    assert.equal((await h.ok(SEC, 'bulletin', 'get', { id })).status, 'archived')
  })
})
