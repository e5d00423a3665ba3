import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

// a 1×1 transparent PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

interface Household {
  visitsThisYear: number
  lastVisitAt?: string
  phone?: string
  memberOpenid?: string
  visits: { found: string; photos: string[]; followUp?: { kind: string; id: string } }[]
}

describe('联系户 in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('李建国 opens 我的联系户, records a visit with a photo and a 诉求, and sees it in the history', async () => {
    const before = await app.api<Household>('demo-member', 'visits', 'get', { id: 'hh-w2-04' })
    const member = await app.page('demo-member', '/packages/visits/pages/mine/index')
    await member.locator('#visits-pace').getByText('今年走访进度').waitFor()
    const row = member.locator('#household-hh-w2-04')
    assert.match((await row.textContent()) ?? '', /7幢3单元602[\s\S]*户主 孙启明[\s\S]*尚未走访/)
    await row.click()
    await member.locator('#household-phone').getByText('电话 13905740104').waitFor()
    await member.locator('#visit-found textarea').fill('孙大爷一个人在家，厨房水管接头在漏水')
    const chooser = member.waitForEvent('filechooser')
    await member.locator('#visit-add-photo').click()
    await (await chooser).setFiles({ name: 'shuiguan.png', mimeType: 'image/png', buffer: PNG })
    await member.locator('#visit-form .photo').first().waitFor()
    await member.locator('#visit-follow-ticket').click()
    await member.locator('#visit-follow-title input').fill('7幢3单元602厨房水管漏水')
    await member.locator('#visit-follow-text textarea').fill('独居老人家厨房水管接头漏水，需要物业上门维修')
    await member.locator('#visit-cat-water').click()
    await member.locator('#visit-submit').click()
    await member.locator('.visit-item').getByText('孙大爷一个人在家，厨房水管接头在漏水').waitFor()
    await member.locator('.visit-follow').getByText('已反映诉求：7幢3单元602厨房水管漏水 ›').waitFor()

    const after = await app.api<Household>('demo-member', 'visits', 'get', { id: 'hh-w2-04' })
    assert.equal(after.visitsThisYear, before.visitsThisYear + 1)
    assert.ok(after.lastVisitAt)
    assert.match(after.visits[0].photos[0] ?? '', /^\/uploads\/[0-9a-f]{32}\.png$/)
    const ticket = await app.api<{ title: string; category: string }>('demo-member', 'tickets', 'get', { id: after.visits[0].followUp!.id })
    assert.equal(ticket.title, '7幢3单元602厨房水管漏水')
    assert.equal(ticket.category, 'water')
    await member.context().close()
  })

  it('the grid secretary registers a household, sees it waiting in coverage and assigns it, with the norm warning', async () => {
    const staff = await app.page('demo-staff', '/packages/visits/pages/coverage/index')
    await staff.locator('#coverage-g-wanghu-2').getByText('望湖第二网格').waitFor()
    await staff.locator('#coverage-member-demo-member').getByText('李建国').waitFor()
    await staff.locator('#add-open').click()
    await staff.locator('#add-grid-g-wanghu-2').click()
    await staff.locator('#add-building input').fill('6幢')
    await staff.locator('#add-unit input').fill('2单元')
    await staff.locator('#add-room input').fill('501')
    await staff.locator('#add-headName input').fill('邹桂珍')
    await staff.locator('#add-phone input').fill('13905749999')
    await staff.locator('#add-tag-alone').click()
    await staff.locator('#add-submit').click()
    const card = staff.locator('.household-row', { hasText: '邹桂珍' })
    await card.getByText('未分配党员', { exact: false }).waitFor()
    assert.doesNotMatch((await card.textContent()) ?? '', /13905749999/, 'lists never show the phone')
    await card.locator('.coverage-assign').click()
    await staff.locator('#assign-panel #assign-m-hu').click()
    await staff.getByText('确定', { exact: true }).last().click()
    await staff.getByText(/少于每人 5–10 户/).waitFor()
    const linked = await app.api<{ items: { headName: string; address: string }[] }>('m-hu', 'visits', 'mine')
    assert.deepEqual(linked.items.map((h) => [h.headName, h.address]), [['邹桂珍', '6幢2单元501']])
    await staff.context().close()
  })
})
