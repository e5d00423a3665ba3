import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

const DETAIL = '/packages/meetings/pages/detail/index'

describe('meetings in the browser: 议事协商', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a resident proposes a topic for the upcoming 圆桌会 and seconds a neighbour’s', async () => {
    const page = await app.page('demo-resident', '/packages/meetings/pages/list/index')
    await page.locator('#meeting-mt-seed-roundtable-renewal').click()
    await page.locator('#seconds-tp-seed-greening', { hasText: '附议 0' }).waitFor()
    await page.locator('#second-tp-seed-greening').click()
    await page.locator('#seconds-tp-seed-greening', { hasText: '附议 1' }).waitFor()
    await page.locator('#topic-tp-seed-greening', { hasText: '我已附议' }).waitFor()
    assert.equal(await page.locator('#second-tp-seed-greening').count(), 0, 'no second 附议 button')

    await page.locator('#topic-new').click()
    await page.locator('#topic-title input').fill('小区增设快递柜')
    await page.locator('#topic-detail textarea').fill('快递堆在门卫室，老人取件不方便')
    await page.locator('#topic-submit').click()
    await page.locator('.topic', { hasText: '小区增设快递柜' }).waitFor()
  })

  it('staff record a meeting’s decision, turn it into a 诉求, and open the ticket from the meeting', async () => {
    const startAt = new Date(Date.now() - 3600_000).toISOString()
    const { id } = await app.api<{ id: string }>('demo-staff', 'meetings', 'schedule', {
      kind: 'council',
      title: '东门电瓶车充电议事会',
      startAt,
      place: '党群服务中心议事厅',
      invitees: [{ kind: 'unit', name: '望湖物业服务中心' }, { kind: 'resident', openid: 'demo-member' }],
    })

    const sec = await app.page('demo-secretary', `${DETAIL}?id=${id}`)
    await sec.locator('#meeting-state', { hasText: '待召开' }).waitFor()
    await sec.locator('#meeting-record').click()
    await sec.locator('#record-minutes textarea').fill('物业和居民代表一致同意在东门空地建设集中充电棚。')
    await sec.locator('#decision-text-0 input').fill('东门空地建设电瓶车集中充电棚')
    await sec.locator('#record-save').click()
    await sec.locator('#convert-d1').waitFor()
    await sec.locator('#cat-d1-power').click()
    await sec.locator('#convert-d1-ticket').click()
    await sec.getByText('确定', { exact: true }).click()
    await sec.locator('#decision-d1-ticket').waitFor()

    const m = await app.api<{ state: string; attendance: { name: string }[]; decisions: { ticketId?: string }[] }>('demo-secretary', 'meetings', 'get', { id })
    assert.equal(m.state, 'held')
    assert.deepEqual(m.attendance.map((p) => p.name), ['望湖物业服务中心', '李建国'], 'attendance defaults to the invitees')
    const ticketId = m.decisions[0].ticketId!
    assert.match(ticketId, /^tk-mt-/)

    const detail = await app.page('demo-secretary', `${DETAIL}?id=${id}`)
    await detail.locator('#meeting-state', { hasText: '已召开' }).waitFor()
    await detail.locator('#meeting-minutes', { hasText: '集中充电棚' }).waitFor()
    await detail.locator('#decision-d1-ticket').click()
    await detail.locator('#ticket-state', { hasText: '已受理' }).waitFor()
    await detail.locator('#ticket-source', { hasText: '东门电瓶车充电议事会' }).waitFor()
    assert.ok(detail.url().includes(encodeURIComponent(ticketId)) || detail.url().includes(ticketId))
  })

  it('a social worker schedules a 联席会议, inviting a unit by name and a resident found by name', async () => {
    const page = await app.page('demo-staff', '/packages/meetings/pages/list/index')
    await page.locator('#meeting-new').click()
    await page.locator('#kind-joint').click()
    await page.locator('#meeting-title input').fill('三级联席会议：双报到工作推进')
    await page.locator('#meeting-place input').fill('红枫街道党工委会议室')
    await page.locator('#meeting-agenda textarea').fill('通报双报到开展情况\n研究老旧小区改造难题')
    await page.locator('#invitee-kind-unit').click()
    await page.locator('#invitee-name input').fill('区住建局党支部')
    await page.locator('#invitee-add').click()
    await page.locator('#invitee-kind-resident').click()
    await page.locator('#invitee-q input').fill('王秀兰')
    await page.locator('#invitee-q input').press('Enter')
    await page.locator('#invitee-person-demo-resident').click()
    await page.locator('#meeting-save').click()
    await page.locator('#meeting-state', { hasText: '待召开' }).waitFor()
    await page.getByText('成员单位：区住建局党支部').waitFor()
    await page.getByText('居民代表：王秀兰').waitFor()
    const items = await page.locator('[data-testid="agenda-item"]').allTextContents()
    assert.deepEqual(items, ['1. 通报双报到开展情况', '2. 研究老旧小区改造难题'])
    const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id')!
    const m = await app.api<{ kindName: string }>('demo-resident', 'meetings', 'get', { id })
    assert.equal(m.kindName, '联席会议')
  })

  it('another community’s person is told the meeting is not there', async () => {
    const page = await app.page('m-yang', `${DETAIL}?id=mt-seed-council-firelane`)
    await page.getByText('没有找到这次会议', { exact: false }).waitFor()
  })
})
