import { JOBS, type SweepDeps } from './jobs'

/** Runs every job once; a failing job is logged and does not stop the others. */
export async function sweep(deps: SweepDeps): Promise<Record<string, number | string>> {
  const result: Record<string, number | string> = {}
  for (const job of JOBS) {
    try {
      result[job.name] = await job.run(deps)
    } catch (e) {
      deps.log.error(`sweep job ${job.name} failed`, { error: e instanceof Error ? e.stack : String(e) })
      result[job.name] = 'failed'
    }
  }
  return result
}
