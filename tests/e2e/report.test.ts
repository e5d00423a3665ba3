import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { pointsForHours } from '../../src/domain/points'
import { startApp, type App } from './harness'

describe('双报到 in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a member reports, takes a post and logs hours; staff confirm them into points', async () => {
    const member = await app.page('m-sun', '/packages/wishes/pages/report/index')
    await member.locator('#report-workplace input').fill('区退役军人事务局机关党支部')
    await member.locator('#report-skills input').fill('水电维修、象棋')
    await member.locator('#report-save').click()
    await member.getByText('更新报到信息').waitFor()
    await member.locator('#join-post-elder').click()
    await member.locator('#hours-note textarea').waitFor()
    await member.locator('#hours-hours input').fill('1.5')
    await member.locator('#hours-note textarea').fill('陪9幢胡大爷下了两盘象棋，修好了厨房水龙头')
    await member.locator('#hours-submit').click()
    await member.getByText('待确认').waitFor()

    const pending = await app.api<{ items: { id: string; name: string }[] }>('demo-staff', 'wishes', 'hours', { scope: 'pending' })
    const log = pending.items.find((l) => l.name === '孙德明')!
    const before = (await app.api<{ points: number }>('m-sun', 'members', 'me')).points
    const staff = await app.page('demo-staff', '/packages/wishes/pages/hours/index')
    await staff.locator(`#hours-${log.id}`).getByText('确认', { exact: true }).click()
    await staff.locator(`#hours-${log.id}`).waitFor({ state: 'detached' })
    const after = (await app.api<{ points: number }>('m-sun', 'members', 'me')).points
    assert.equal(after - before, pointsForHours(1.5))

    const roster = await app.page('demo-secretary', '/packages/wishes/pages/roster/index')
    const card = roster.locator('.card', { hasText: '孙德明' })
    await card.waitFor()
    const text = (await card.textContent()) ?? ''
    assert.match(text, /岗位：助老/)
    assert.match(text, /1\.5 小时/)
    assert.match(text, /水电维修、象棋/)
    for (const p of [member, staff, roster]) await p.context().close()
  })
})
