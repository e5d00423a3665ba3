/**
 * npm run load — a bounded mixed workload against the local emulator (fresh seeded database, real
 * clock, rate limits off so one machine can play many people): reads, bookings, check-ins and
 * ticket steps from many openids. Reports throughput, p50/p95/p99 and errors per operation into
 * docs/benchmarks.md, beside the raw SQLite write rate measured in the same run.
 *   LOAD_REQUESTS (default 6000), LOAD_CONCURRENCY (default 32)
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { memoryLogger } from '../cloudfunctions/_runtime/clock'
import { startEmulator } from '../cloudfunctions/_local/emulator'
import { machine, writeSection } from './bench/report'
import { drive, pct, type Call, type Op } from './load/runner'
import { openEventNow } from './load/scene'
import { sqliteWriteRates } from './load/sqlite-rate'

const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 6000)
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 32)
const PEOPLE = 400
const person = (i: number) => `load-user-${i % PEOPLE}`

async function api<T>(url: string, openid: string, fn: string, action: string, data: unknown): Promise<T> {
  const r = await fetch(`${url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-redpost-openid': openid },
    body: JSON.stringify({ action, data }),
  })
  const j = (await r.json()) as { ok: boolean; data: T; error?: { code: string; message: string } }
  if (!j.ok) throw new Error(`${fn}.${action}: ${j.error?.code} ${j.error?.message}`)
  return j.data
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'redpost-load-'))
  const emu = await startEmulator({ port: 0, dataFile: join(dir, 'db.sqlite'), log: memoryLogger(), timers: false, rateLimits: false })
  const url = emu.url
  try {
    // the scene: an open event whose check-in window is open now, and the clinic's bookable slots
    const event = await api<{ id: string }>(url, 'demo-secretary', 'events', 'create', openEventNow(new Date(), { title: '负载测试：党员志愿服务日', capacity: 2000, lastsMin: 170 }))
    let token = ''
    const refresh = async () => {
      token = (await api<{ token: string }>(url, 'demo-secretary', 'events', 'checkinToken', { eventId: event.id })).token
    }
    await refresh()
    const timer = setInterval(() => void refresh().catch(() => undefined), 10_000)
    const slots = (await api<{ items: { id: string; remaining: number }[] }>(url, 'demo-resident', 'booking', 'slots', { serviceId: 'svc-yizhen' })).items.filter((s) => s.remaining > 0)
    if (!slots.length) throw new Error('no bookable clinic slots in the seeds')
    const ticketIds: string[] = []

    const read = (name: string, fn: string, action: string, data: unknown, weight: number): Op => ({
      name,
      weight,
      write: false,
      call: (i) => ({ fn, action, data, openid: person(i) }),
    })
    const ops: Op[] = [
      read('bulletin.home', 'bulletin', 'home', {}, 15),
      read('bulletin.list', 'bulletin', 'list', { limit: 20 }, 10),
      read('events.list', 'events', 'list', { limit: 20 }, 10),
      read('booking.services', 'booking', 'services', {}, 8),
      read('wishes.list', 'wishes', 'list', { limit: 20 }, 7),
      read('members.me', 'members', 'me', {}, 10),
      {
        name: 'booking.book',
        weight: 15,
        write: true,
        expected: ['FULL', 'CONFLICT', 'ALREADY_DONE'],
        call: (i): Call => ({
          fn: 'booking',
          action: 'book',
          data: { slotId: slots[i % slots.length].id, requestId: `load-${i}-booking`, contact: { name: '负载测试', phone: '13900000000' } },
          openid: person(i * 7),
        }),
      },
      {
        name: 'events.checkIn',
        weight: 15,
        write: true,
        expected: ['ALREADY_DONE'],
        call: (i): Call => ({ fn: 'events', action: 'checkIn', data: { token, eventId: event.id }, openid: person(i) }),
      },
      {
        name: 'tickets.submit',
        weight: 5,
        write: true,
        call: (i): Call => ({
          fn: 'tickets',
          action: 'submit',
          data: { title: `楼道灯不亮 ${i}`, description: '晚上楼道漆黑，老人上下楼不安全，请尽快修复。', category: 'street_light', location: { address: `望湖苑${(i % 12) + 1}幢` } },
          openid: person(i * 13),
        }),
      },
      {
        name: 'tickets.triage',
        weight: 5,
        write: true,
        expected: ['CONFLICT', 'NOT_FOUND'],
        call: (i): Call => ({ fn: 'tickets', action: 'triage', data: { id: ticketIds[i % Math.max(1, ticketIds.length)] ?? 'none', decision: 'accept' }, openid: 'demo-secretary' }),
      },
    ]
    // ticket ids to triage: a first batch submitted before the run
    for (let i = 0; i < 50; i++) {
      const t = await api<{ id: string }>(url, person(i + 1000), 'tickets', 'submit', {
        title: `消防通道被占 ${i}`,
        description: '小区北门消防通道长期停放车辆，消防车进不来。',
        category: 'fire_lane',
        location: { address: '望湖苑北门' },
      })
      ticketIds.push(t.id)
    }

    console.log(`› ${REQUESTS} requests, ${CONCURRENCY} in flight, ${PEOPLE} people…`)
    const run = await drive(url, ops, { requests: REQUESTS, concurrency: CONCURRENCY, onProgress: (n) => process.stdout.write(`  ${n}/${REQUESTS}\r`) })
    clearInterval(timer)
    console.log('\n› raw SQLite write rate…')
    const rates = await sqliteWriteRates()

    const all = run.results.flatMap((r) => r.latencies).sort((a, b) => a - b)
    const writes = run.results.filter((r) => r.write).reduce((n, r) => n + r.count, 0)
    const errors = run.results.reduce((n, r) => n + r.errors, 0)
    const writeRps = writes / run.seconds
    const row = (r: (typeof run.results)[number]) => {
      const l = [...r.latencies].sort((a, b) => a - b)
      const codes = Object.entries(r.errorCodes).map(([c, n]) => `${c}×${n}`).join(' ')
      return `| ${r.name} | ${r.count} | ${r.ok} | ${r.refused} | ${r.errors}${codes ? ` (${codes})` : ''} | ${pct(l, 50).toFixed(1)} | ${pct(l, 95).toFixed(1)} | ${pct(l, 99).toFixed(1)} |`
    }
    const md = [
      '## Load (`npm run load`)',
      '',
      `Measured on ${machine()}: ${run.requests} requests, ${CONCURRENCY} in flight, ${PEOPLE} people, one emulator process on SQLite (WAL), rate limits off.`,
      '',
      `- throughput: **${(run.requests / run.seconds).toFixed(0)} req/s** overall, ${writeRps.toFixed(0)} writes/s`,
      `- latency: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms, p99 ${pct(all, 99).toFixed(1)} ms`,
      `- errors: ${errors} (refusals that are correct answers under load — FULL, ALREADY_DONE, a second booking of one slot — are counted as “refused”)`,
      `- raw SQLite on this disk: ${rates.raw.toFixed(0)} single-row inserts/s; through our store port: ${rates.store.toFixed(0)} inserts/s`,
      `- our write rate is ${((writeRps / rates.raw) * 100).toFixed(1)} % of the raw insert ceiling (each API write is several reads, a transaction and HTTP)`,
      '',
      '| operation | calls | ok | refused | errors | p50 ms | p95 ms | p99 ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...run.results.map(row),
    ].join('\n')
    writeSection('load', md)
    console.log(md)
    if (errors > 0) process.exitCode = 1
  } finally {
    await emu.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
