import { migrateToStreets } from '../../members/units'
import type { SweepJob } from '../jobs'

/**
 * Keeps every document under the unit tree on the cloud, where no seed loader runs: the first
 * sweep after deploying puts data written before units under the default street; later sweeps
 * find nothing to do (a handful of bounded reads) and refresh the tree summary on the config.
 */
export const unitsMigration: SweepJob = {
  name: 'units-migration',
  async run({ store, clock }) {
    const r = await migrateToStreets(store, clock.now())
    return r.units + r.communities + r.departments + r.services + r.members + r.audit
  },
}
