import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

describe('surveys in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a resident answers the year-end survey; staff see the count, the 满意率, the bars and her masked comment, and export a CSV Excel reads', async () => {
    const comment = '希望明年多办几场老年人智能手机培训'
    const res = await app.page('demo-resident', '/packages/surveys/pages/list/index')
    const card = res.locator('#survey-s-satisfaction-2026')
    await card.waitFor()
    assert.equal(await card.locator('[data-testid="survey-answered"]').count(), 0, 'not answered yet')
    await card.click()
    await res.locator('#survey-title').getByText('2026年度社区群众满意度问卷').waitFor()
    await res.locator('#q1-star-5').click()
    await res.locator('#q2-star-4').click()
    await res.getByText('4 分 · 满意').waitFor()
    await res.locator('#answer-submit').click()
    await res.getByText('没有成功').waitFor()
    assert.ok(await res.getByText(/第 3 题.*还没有填写/).isVisible(), 'the missing question is named')
    await res.getByText('知道了').click()
    await res.locator('#q3-star-4').click()
    await res.locator('#q4-o2').click()
    await res.locator('#q5-text textarea').fill(comment)
    await res.locator('#answer-submit').click()
    await res.locator('#answer-done').waitFor()
    await res.goto(res.url().replace(/answer\/index\?.*$/, 'list/index'))
    await res.locator('#survey-s-satisfaction-2026 [data-testid="survey-answered"]').waitFor()
    await res.context().close()

    const staff = await app.page('demo-staff', '/packages/surveys/pages/list/index')
    const row = staff.locator('#survey-s-satisfaction-2026')
    await row.waitFor()
    assert.match((await row.textContent()) ?? '', /收集中.*已收 4 份/)
    await row.click()
    await staff.locator('#results-count').getByText('已收 4 份').waitFor()
    // seeded 5,4,5 · 4,3,4 · 5,5,3 and hers 5,4,4 → 10 of 12 ratings are 4–5
    assert.match((await staff.locator('#results-rate').textContent()) ?? '', /满意率 83\.3%（10\/12/)
    assert.match((await staff.locator('#average-q1').textContent()) ?? '', /平均 4\.75 分/)
    const bars = staff.locator('[data-testid="bars-q4"] [data-testid="bar-row"]')
    assert.equal(await bars.count(), 4)
    assert.match((await bars.nth(1).textContent()) ?? '', /1–2 次.*2 人 · 50%/)
    const text = staff.locator('[data-testid="result-text"]').filter({ hasText: comment })
    await text.waitFor()
    assert.match((await text.textContent()) ?? '', /王\*\* · 3幢/)
    assert.doesNotMatch((await text.textContent()) ?? '', /王秀兰/)

    const download = staff.waitForEvent('download')
    await staff.locator('#results-export').click()
    const file = await (await download).path()
    const csv = readFileSync(file!, 'utf8')
    assert.ok(csv.startsWith('\ufeff问卷,2026年度社区群众满意度问卷\r\n'), 'a BOM so Excel reads Chinese')
    assert.match(csv, new RegExp(`王\\*\\* · 3幢,望湖第一网格,[^\\r]*,5,4,4,1–2 次,${comment}\\r\\n`))
    await staff.context().close()
  })

  it('staff write a grid survey, publish it, and only that grid’s residents see it', async () => {
    const staff = await app.page('demo-staff', '/packages/surveys/pages/list/index')
    await staff.locator('#survey-new').click()
    await staff.locator('#edit-title input').fill('第一网格电动车充电桩选址意见')
    const q = staff.locator('[data-testid="edit-question"]').first()
    await q.locator('.edit-q-title input').fill('充电桩装在哪里更方便？')
    await q.locator('.edit-q-options textarea').fill('1幢东侧\n3幢北侧\n4幢车棚')
    await staff.locator('#edit-add-rating').click()
    await staff.locator('[data-testid="edit-question"]').nth(1).locator('.edit-q-title input').fill('对现在车棚管理的满意程度')
    await staff.locator('#edit-aud-g-wanghu-1').click()
    await staff.locator('#edit-publish').click()
    await staff.locator('#results-count').getByText('已收 0 份').waitFor()
    await staff.getByText('还没有人填写这份问卷').waitFor()
    await staff.context().close()

    const mine = await app.page('demo-resident', '/packages/surveys/pages/list/index')
    await mine.getByText('第一网格电动车充电桩选址意见').waitFor()
    await mine.context().close()
    const other = await app.page('demo-member', '/packages/surveys/pages/list/index')
    await other.locator('#survey-s-satisfaction-2026').waitFor()
    assert.equal(await other.getByText('第一网格电动车充电桩选址意见').count(), 0)
    await other.context().close()
  })
})
