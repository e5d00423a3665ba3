import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { seedStreet } from '../../cloudfunctions/_local/street-seed'
import { harness, type Harness } from '../helpers/harness'
import { streetScene } from './scene'

describe('street.dashboard', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    await streetScene(h)
    await seedStreet(h.store, h.clock.now())
  })
  afterAll(() => h.close())

  it('a street secretary of 红枫 sees one row per community and the street total', async () => {
    const v = await h.ok('demo-street-secretary', 'street', 'dashboard', { kind: 'year', key: '2026' })
    assert.equal(v.street.id, 's-hongfeng')
    assert.deepEqual(
      v.rows.map((r) => r.name),
      ['河畔社区', '望湖社区', '新城社区'],
    )
    assert.equal(v.period.label, '2026年')
    assert.equal(v.trend.length, 12)
    // the year's history is there in every community
    for (const r of v.rows) {
      assert.ok(r.summary.tickets > 0, `${r.name} has tickets`)
      assert.ok(r.summary.eventsHeld > 0, `${r.name} held events`)
    }
    // the total is the sum of the rows, and of the months
    for (const k of ['tickets', 'wishesPosted', 'attendance', 'bookings', 'eventsHeld', 'reported'] as const) {
      assert.equal(v.total[k], v.rows.reduce((n, r) => n + r.summary[k], 0), k)
      assert.equal(v.total[k], v.trend.reduce((n, t) => n + t.summary[k], 0), `${k} by month`)
    }
    // the seeded 暑期托管班 of 望湖 was done this year; the street's elevator project is still going
    const wanghu = v.rows.find((r) => r.communityId === 'c-wanghu')!
    assert.equal(wanghu.summary.projectsDone, 1, 'a project done for 望湖 counts in 望湖')
    assert.equal(v.total.projectsDone, 1)
    assert.ok(wanghu.summary.commitmentsDone >= 1, "望湖's kept 承诺 count")
    assert.ok(v.total.responseRate !== null && v.total.responseRate > 0 && v.total.responseRate <= 1)
    assert.ok(v.departments.length > 0)
    assert.equal(
      v.departments.reduce((n, d) => n + d.dispatched, 0),
      v.total.tickets,
    )
  })

  it('switches month, quarter and year, with the previous period and no next one past today', async () => {
    const month = await h.ok('demo-street-secretary', 'street', 'dashboard', { kind: 'month' })
    assert.equal(month.period.key, '2026-11')
    assert.equal(month.period.prev, '2026-10')
    assert.equal(month.period.next, undefined)
    assert.equal(month.trend.length, 6)
    assert.equal(month.trend.at(-1)?.month, '2026-11')
    const quarter = await h.ok('demo-street-secretary', 'street', 'dashboard', { kind: 'quarter', key: '2026Q3' })
    assert.equal(quarter.period.label, '2026年第三季度')
    assert.equal(quarter.period.next, '2026Q4')
    // a quarter's row is the sum of its three months
    const months = await Promise.all(['2026-07', '2026-08', '2026-09'].map((key) => h.ok('demo-street-secretary', 'street', 'dashboard', { kind: 'month', key })))
    assert.equal(
      quarter.total.tickets,
      months.reduce((n, m) => n + m.total.tickets, 0),
    )
    assert.equal(quarter.rows[1].summary.hours, Math.round(months.reduce((n, m) => n + m.rows[1].summary.hours, 0) * 10) / 10)
  })

  it('a community secretary, a resident and a 白云 liaison cannot open it', async () => {
    await h.err('demo-secretary', 'street', 'dashboard', { kind: 'month' }, 'FORBIDDEN')
    await h.err('demo-secretary-hepan', 'street', 'dashboard', { kind: 'month' }, 'FORBIDDEN')
    await h.err('demo-resident', 'street', 'dashboard', { kind: 'month' }, 'FORBIDDEN')
    await h.err('demo-secretary', 'street', 'export', { kind: 'month' }, 'FORBIDDEN')
  })

  it('the 白云 street person sees only 白云 and none of 红枫', async () => {
    const v = await h.ok('t-street-baiyun', 'street', 'dashboard', { kind: 'year', key: '2026' })
    assert.equal(v.street.id, 's-baiyun')
    assert.deepEqual(
      v.rows.map((r) => r.communityId),
      ['c-yunxi'],
    )
    assert.deepEqual(
      v.streets.map((s) => s.id),
      ['s-baiyun'],
    )
    // 云溪's own numbers only: 红枫's year of history is not in them
    assert.equal(v.total.tickets, v.rows[0].summary.tickets)
    const hongfeng = await h.ok('demo-street-secretary', 'street', 'dashboard', { kind: 'year', key: '2026' })
    assert.ok(v.total.tickets < hongfeng.rows[0].summary.tickets, `${v.total.tickets} vs ${hongfeng.rows[0].summary.tickets}`)
    assert.ok(!JSON.stringify(v).includes('c-wanghu'))
    await h.err('t-street-baiyun', 'street', 'dashboard', { kind: 'year', streetId: 's-hongfeng' }, 'FORBIDDEN')
    await h.err('t-street-baiyun', 'street', 'export', { kind: 'year', streetId: 's-hongfeng' }, 'FORBIDDEN')
    await h.err('t-street-baiyun', 'street', 'recompute', { streetId: 's-hongfeng', from: '2026-01', to: '2026-02' }, 'FORBIDDEN')
  })

  it('a district admin chooses among the district\'s streets', async () => {
    const v = await h.ok('demo-admin', 'street', 'dashboard', { kind: 'month', streetId: 's-hongfeng' })
    assert.deepEqual(
      v.streets.map((s) => s.name),
      ['红枫街道', '白云街道'],
    )
    assert.equal(v.rows.length, 3)
  })

  it('the export is CSV Excel opens with Chinese intact: BOM, CRLF, Chinese headers, the total', async () => {
    const { filename, csv } = await h.ok('demo-street-secretary', 'street', 'export', { kind: 'quarter', key: '2026Q3' })
    assert.equal(filename, '红枫街道-2026Q3.csv')
    assert.ok(csv.startsWith('\ufeff'), 'starts with the BOM')
    const lines = csv.slice(1).split('\r\n')
    assert.equal(lines[0], '红枫街道 2026年第三季度 街道工作台')
    assert.ok(lines[1].startsWith('社区,双报到党员(人),服务时长(小时)'), lines[1])
    assert.ok(lines[1].includes('响应率') && lines[1].includes('解决率') && lines[1].includes('满意率'))
    assert.deepEqual(
      lines.slice(2, 6).map((l) => l.split(',')[0]),
      ['河畔社区', '望湖社区', '新城社区', '街道合计'],
    )
    assert.ok(!csv.replace(/\r\n/g, '').includes('\n'), 'every line ends with CRLF')
  })

  it('refuses a period key of the wrong kind with a clear message, and changes nothing', async () => {
    const e = await h.err('demo-street-secretary', 'street', 'dashboard', { kind: 'quarter', key: '2026-11' }, 'INVALID_INPUT')
    assert.match(e.message, /季度格式/)
    await h.err('demo-street-secretary', 'street', 'dashboard', { kind: 'month', key: '2026-13' }, 'INVALID_INPUT')
    await h.err('demo-street-secretary', 'street', 'dashboard', { kind: 'week' }, 'INVALID_INPUT')
    await h.err('demo-street-secretary', 'street', 'recompute', { from: '2026-05', to: '2026-01' }, 'INVALID_INPUT')
    await h.err('demo-street-secretary', 'street', 'recompute', { from: '2023-01', to: '2026-01' }, 'INVALID_INPUT')
  })
})
