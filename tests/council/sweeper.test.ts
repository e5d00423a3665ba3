import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { commitmentsOverdue, overdueNoticeId } from '../../cloudfunctions/sweeper/jobs/commitments-overdue'
import { JOBS } from '../../cloudfunctions/sweeper/jobs'
import type { ListItemDoc } from '../../cloudfunctions/council/council'
import { harness } from '../helpers/harness'

const overdueNotices = async (h: Awaited<ReturnType<typeof harness>>) =>
  (await h.store.queryAll('outbox', { where: {} }, { max: 1000 })).filter((n) => String(n._id).startsWith('council-overdue:'))

describe('sweeper: overdue commitments are reminded once', () => {
  it('each overdue commitment once — to its member or its unit’s 兼职委员 — however often and however many sweeps run', async () => {
    const h = await harness()
    assert.ok(JOBS.includes(commitmentsOverdue), 'the job is declared')
    const counts = await Promise.all([commitmentsOverdue.run(h.deps), commitmentsOverdue.run(h.deps)])
    // 区发改局 (in progress, past due), 派出所, 河畔物业, 云溪小学: four overdue commitments in the seeds
    assert.equal(counts[0] + counts[1], 4, 'two sweeps at once remind each once')
    const notices = await overdueNotices(h)
    const ids = notices.map((n) => n._id).sort()
    assert.ok(ids.includes(overdueNoticeId('li-commit-fgj-visits', 'demo-member')), '李建国 is the 兼职委员 of 区发改局')
    const fgj = notices.find((n) => n._id === overdueNoticeId('li-commit-fgj-visits', 'demo-member'))!
    assert.equal(fgj.to, 'demo-member')
    assert.match(String(fgj.body), /每季度走访结对社区困难家庭/)
    assert.equal(notices.filter((n) => String(n._id).includes('li-commit-fgj-visits')).length, 1)
    assert.ok(ids.includes(overdueNoticeId('li-commit-police-fraud', 'demo-secretary')), '派出所 has no 兼职委员 yet: the secretary who entered it is told')
    assert.equal(await commitmentsOverdue.run(h.deps), 0, 'a later sweep sends nothing again')
    assert.equal((await overdueNotices(h)).length, notices.length)
    const doc = (await h.store.get<ListItemDoc>('list_items', 'li-commit-fgj-visits'))!
    assert.equal(doc.remindedAt, h.clock.now().toISOString())
    // done or not yet due: never reminded
    for (const id of ['li-commit-power-safety', 'li-commit-power-boxes', 'li-commit-fgj-jobs']) assert.equal((await h.store.get<ListItemDoc>('list_items', id))!.remindedAt, undefined, id)
    await h.close()
  })

  it('a commitment that falls due later is reminded when it does; one done in time never', async () => {
    const h = await harness()
    await commitmentsOverdue.run(h.deps)
    const before = (await overdueNotices(h)).length
    const c = await h.ok('demo-secretary', 'council', 'add', { kind: 'commitment', unitId: 'c-wanghu', openid: 'm-hu', title: '为老人义诊 2 次', detail: '在职党员承诺', dueAt: '2026-11-26' })
    const kept = await h.ok('demo-secretary', 'council', 'add', { kind: 'commitment', unitId: 'c-wanghu', openid: 'm-sun', title: '楼道清扫 4 次', detail: '退休党员承诺', dueAt: '2026-11-26' })
    await h.ok('m-sun', 'council', 'progress', { id: kept.id, note: '已完成 4 次', images: ['cloud://redpost/council/sweep.jpg'], done: true })
    assert.equal(await commitmentsOverdue.run(h.deps), 0, 'not yet due')
    h.clock.advance(60 * 24 * 3)
    assert.equal(await commitmentsOverdue.run(h.deps), 1)
    const mine = (await overdueNotices(h)).filter((n) => n.to === 'm-hu')
    assert.deepEqual(mine.map((n) => n._id), [overdueNoticeId(c.id, 'm-hu')])
    assert.equal((await overdueNotices(h)).length, before + 1)
    await h.close()
  })
})
