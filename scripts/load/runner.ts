/** Drives a weighted mix of API calls against an emulator URL with a bounded number in flight. */
export interface Call {
  fn: string
  action: string
  data: unknown
  openid: string
}

export interface Op {
  name: string
  /** share of the requests */
  weight: number
  /** true when the call writes */
  write: boolean
  /** the i-th call of this op */
  call(i: number): Call
  /** business answers that are a correct outcome under load (e.g. FULL, ALREADY_DONE), not errors */
  expected?: string[]
}

export interface OpResult {
  name: string
  write: boolean
  count: number
  ok: number
  refused: number
  errors: number
  errorCodes: Record<string, number>
  latencies: number[]
}

export const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0

export async function post(url: string, c: Call): Promise<{ ok: boolean; code?: string }> {
  const r = await fetch(`${url}/api/${c.fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-redpost-openid': c.openid },
    body: JSON.stringify({ action: c.action, data: c.data }),
  })
  const j = (await r.json()) as { ok: boolean; error?: { code: string } }
  return { ok: j.ok, code: j.error?.code }
}

function mulberry32(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export async function drive(url: string, ops: Op[], opts: { requests: number; concurrency: number; onProgress?: (done: number) => void }) {
  const totalWeight = ops.reduce((n, o) => n + o.weight, 0)
  // a deterministic interleaving: op k gets round(weight share) of the requests, spread evenly
  const plan: number[] = []
  ops.forEach((o, k) => {
    const n = Math.round((o.weight / totalWeight) * opts.requests)
    for (let i = 0; i < n; i++) plan.push(k)
  })
  const rand = mulberry32(20261124) // seeded: every run replays the same interleaving
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[plan[i], plan[j]] = [plan[j], plan[i]]
  }
  const results: OpResult[] = ops.map((o) => ({ name: o.name, write: o.write, count: 0, ok: 0, refused: 0, errors: 0, errorCodes: {}, latencies: [] }))
  const seq = ops.map(() => 0)
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < plan.length) {
      const k = plan[next++]
      const op = ops[k]
      const res = results[k]
      const c = op.call(seq[k]++)
      const t = performance.now()
      let code: string | undefined
      try {
        const r = await post(url, c)
        code = r.ok ? undefined : r.code
      } catch {
        code = 'NETWORK'
      }
      res.latencies.push(performance.now() - t)
      res.count++
      if (!code) res.ok++
      else if (op.expected?.includes(code)) res.refused++
      else {
        res.errors++
        res.errorCodes[code] = (res.errorCodes[code] ?? 0) + 1
      }
      if (++done % 500 === 0) opts.onProgress?.(done)
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: opts.concurrency }, worker))
  const seconds = (performance.now() - start) / 1000
  return { seconds, results, requests: plan.length }
}
