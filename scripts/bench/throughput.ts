/** A bounded HTTP load against the local emulator: N requests, C in flight, latency percentiles. */
export interface Call {
  fn: string
  action: string
  data: unknown
  openid: string
}

export interface Throughput {
  requests: number
  concurrency: number
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

export async function throughput(url: string, call: Call, opts: { requests: number; concurrency: number }): Promise<Throughput> {
  const latencies: number[] = []
  let errors = 0
  let next = 0
  const body = JSON.stringify({ action: call.action, data: call.data })
  const worker = async () => {
    while (next < opts.requests) {
      next++
      const t = performance.now()
      try {
        const r = await fetch(`${url}/api/${call.fn}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-redpost-openid': call.openid },
          body,
        })
        const j = (await r.json()) as { ok: boolean }
        if (!j.ok) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - t)
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: opts.concurrency }, worker))
  const seconds = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  return {
    requests: opts.requests,
    concurrency: opts.concurrency,
    rps: opts.requests / seconds,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    errors,
  }
}
