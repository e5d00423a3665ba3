import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

describe('隐私保护指引 in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a resident exports her data (the record count is shown), then deletes it and 我的 no longer shows her name', async () => {
    const expected = await app.api<{ records: { items: unknown[] }[] }>('demo-resident', 'members', 'exportMine')
    const before = expected.records.reduce((n, r) => n + r.items.length, 0)
    assert.ok(before > 0, 'the seeded resident has records to export')
    // that export is itself in her audit log, listed twice: as what she did and as a look at her data
    const count = before + 2

    const page = await app.page('demo-resident', '/pages/me/index')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    const name = page.locator('.me-name')
    await name.getByText('王秀兰').waitFor()
    await page.locator('#link-privacy').click()

    await page.locator('#privacy-export').click()
    await page.locator('#privacy-exported').waitFor()
    assert.equal(await page.locator('#privacy-exported').textContent(), `共 ${count} 条记录，已复制到剪贴板`)

    await page.locator('#privacy-delete').click()
    await page.getByText('再想想', { exact: true }).click()
    assert.equal((await app.api<{ name?: string }>('demo-resident', 'members', 'me')).name, '王秀兰', 'nothing removed before confirming')
    await page.locator('#privacy-delete').click()
    await page.getByText('确定', { exact: true }).click()
    await page.locator('#privacy-deleted').waitFor()
    assert.equal((await app.api<{ name?: string }>('demo-resident', 'members', 'me')).name, undefined)

    await page.goBack()
    await name.getByText('未填写姓名').waitFor()
    assert.equal(await page.getByText('王秀兰', { exact: true }).count(), 0)
    await page.context().close()
  })
})
