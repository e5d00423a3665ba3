import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

// a 1×1 transparent PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

interface Item {
  state: string
  progressCount: number
  matchedTo?: { kind: string; id: string; title: string; unitName: string }
  timeline: { action: string; byName?: string; note?: string; images?: string[] }[]
}

describe('大党委 and 三张清单 in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('兼职委员 陆振华 finds his unit’s commitment in 职责承诺清单 and records progress with a note and a photo', async () => {
    const before = await app.api<Item>('demo-committee', 'council', 'item', { id: 'li-commit-power-boxes' })
    const page = await app.page('demo-committee', '/packages/council/pages/lists/index?kind=commitment')
    const card = page.locator('#item-li-commit-power-boxes')
    await card.getByText('年内完成 3 处老旧电表箱改造').waitFor()
    assert.match((await card.textContent()) ?? '', /推进中[\s\S]*国网明州供电公司红枫供电所/)
    await card.click()
    await page.locator('#item-head').getByText('年内完成 3 处老旧电表箱改造').waitFor()
    await page.locator('#progress-note textarea').fill('5幢电表箱更换完毕，9幢下周施工')
    const chooser = page.waitForEvent('filechooser')
    await page.locator('#progress-add-photo').click()
    await (await chooser).setFiles({ name: 'biaoxiang.png', mimeType: 'image/png', buffer: PNG })
    await page.locator('#progress-form .photo').first().waitFor()
    await page.locator('#progress-submit').click()
    await page.locator('#item-timeline').getByText('5幢电表箱更换完毕，9幢下周施工').waitFor()
    await page.locator('#item-timeline').getByText(/进展 · 陆振华/).first().waitFor()

    const after = await app.api<Item>('demo-committee', 'council', 'item', { id: 'li-commit-power-boxes' })
    assert.equal(after.progressCount, before.progressCount + 1)
    const last = after.timeline.at(-1)!
    assert.equal(last.action, 'progress')
    assert.equal(last.byName, '陆振华')
    assert.match(last.images?.[0] ?? '', /^\/uploads\/[0-9a-f]{32}\.png$/)
    await page.context().close()
  })

  it('书记 陈红梅 opens a need in 群众服务需求清单 and matches it to the street’s offer', async () => {
    const page = await app.page('demo-secretary', '/packages/council/pages/lists/index?kind=need')
    const card = page.locator('#item-li-need-homework')
    await card.getByText('“四点半课堂”缺少辅导老师').waitFor()
    await card.click()
    await page.locator('#item-match').click()
    await page.locator('#match-need').getByText('“四点半课堂”缺少辅导老师').waitFor()
    const offer = page.locator('#item-li-offer-school-room')
    assert.match((await offer.textContent()) ?? '', /红枫街道[\s\S]*周末开放操场和阶梯教室/)
    await page.locator('#match-note input').fill('请红枫中学教师党员每周三下午到社区')
    await offer.click()
    await page.getByText('确定', { exact: true }).last().click()
    await page.locator('#item-matched').getByText('已对接：周末开放操场和阶梯教室（明州市红枫中学） ›').waitFor()
    await page.locator('#item-state').getByText('已对接').waitFor()

    const need = await app.api<Item>('demo-secretary', 'council', 'item', { id: 'li-need-homework' })
    assert.equal(need.state, 'matched')
    assert.deepEqual(need.matchedTo, { kind: 'offer', id: 'li-offer-school-room', title: '周末开放操场和阶梯教室', unitName: '明州市红枫中学' })
    assert.match(need.timeline.at(-1)!.note ?? '', /请红枫中学教师党员每周三下午到社区/)
    await page.context().close()
  })
})
