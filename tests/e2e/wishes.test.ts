import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { WISH_POINTS } from '../../src/domain/wishes/machine'
import { startApp, type App } from './harness'

// a 1×1 transparent PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

describe('micro-wishes in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a resident posts a wish, staff approve, a member claims and fulfils, the resident confirms', async () => {
    const detail = (id: string) => `/packages/wishes/pages/detail/index?id=${id}`
    const state = async (page: Awaited<ReturnType<App['page']>>, text: string) => {
      await page.locator('#wish-state').getByText(text).waitFor()
    }

    const resident = await app.page('demo-resident', '/packages/wishes/pages/list/index')
    await resident.locator('#wish-new').click()
    await resident.locator('#post-title input').fill('想要一台助听器')
    await resident.locator('#post-story textarea').fill('对门的吴大爷耳朵越来越背，敲门都听不见，想要一台助听器。')
    await resident.locator('#post-name input').fill('吴德山')
    await resident.locator('#post-building input').fill('3幢')
    await resident.locator('#post-phone input').fill('13905749876')
    await resident.locator('#post-address input').fill('3幢2单元501')
    await resident.locator('#post-submit').click()
    await state(resident, '待审核')
    const id = new URL(resident.url().replace('#', '')).searchParams.get('id')!
    assert.ok(id)

    const staff = await app.page('demo-staff', '/packages/wishes/pages/review/index')
    await staff.locator(`#wish-${id}`).click()
    await staff.locator('#wish-approve').click()
    await state(staff, '待认领')

    const member = await app.page('demo-member', '/packages/wishes/pages/list/index')
    const card = member.locator(`#wish-${id}`)
    await card.waitFor()
    assert.match((await card.textContent()) ?? '', /吴\*\* · 3幢/)
    assert.doesNotMatch((await card.textContent()) ?? '', /吴德山/)
    await card.click()
    await member.locator('#wish-claim').click()
    await state(member, '已认领')
    await member.getByText('地址：3幢2单元501').waitFor()
    await member.locator('#wish-text textarea').fill('在红枫助听器店配好了，周日送到吴大爷家并教会了使用')
    const chooser = member.waitForEvent('filechooser')
    await member.locator('#wish-add-photo').click()
    await (await chooser).setFiles({ name: 'zhutingqi.png', mimeType: 'image/png', buffer: PNG })
    await member.locator('.photo').first().waitFor()
    await member.locator('#wish-fulfill').click()
    await state(member, '待确认')
    const done = await app.api<{ fulfilment: { images: string[] } }>('demo-resident', 'wishes', 'get', { id })
    assert.match(done.fulfilment.images[0] ?? '', /^\/uploads\/[0-9a-f]{32}\.png$/)

    const before = (await app.api<{ points: number }>('demo-member', 'members', 'me')).points
    await resident.goto(app.url(detail(id)))
    await resident.reload()
    await resident.locator('#wish-text textarea').fill('谢谢李同志，吴大爷现在能听清电话了！')
    await resident.getByText('很不满意').waitFor()
    await resident.getByText('非常满意').waitFor()
    await resident.locator('#wish-score-3').click()
    await resident.locator('#wish-confirm').click()
    await state(resident, '已圆梦')
    await resident.getByText('感谢留言：谢谢李同志，吴大爷现在能听清电话了！').waitFor()
    assert.equal((await resident.locator('#wish-score').textContent())?.trim(), '满意度：★★★☆☆ 一般')
    assert.equal((await app.api<{ score: number }>('demo-resident', 'wishes', 'get', { id })).score, 3)
    const after = (await app.api<{ points: number }>('demo-member', 'members', 'me')).points
    assert.equal(after - before, WISH_POINTS)

    // the claimer sees the score on the fulfilment; staff see the community's 满意率 (the seeded 5 and this 3)
    await member.reload()
    assert.match((await member.locator('#wish-score').textContent()) ?? '', /一般/)
    await staff.goto(app.url('/packages/wishes/pages/review/index'))
    await staff.reload()
    await staff.locator('#wish-satisfaction').getByText('心愿满意率 50%').waitFor()
    await staff.locator('#wish-satisfaction').getByText('已评价 2 个心愿，其中满意或非常满意 1 个').waitFor()
    for (const p of [resident, staff, member]) await p.context().close()
  })
})
