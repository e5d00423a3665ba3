/**
 * npm run street:recompute -- 2026-01 2026-11 [s-hongfeng]
 * Computes the street dashboard's monthly aggregates (street_stats) again for a range of months in
 * the local database (REDPOST_DATA, default .data/redpost.db): every community, or one street's.
 * Idempotent: a second run writes nothing. On the cloud, a street's people use `street.recompute`.
 */
import { existsSync } from 'node:fs'
import { communityIdsOf, recompute, unitTreeOf } from '../cloudfunctions/street/aggregate'
import { SqliteStore } from '../cloudfunctions/_store/sqlite'
import { MONTH_KEY, monthsBetween } from '../src/domain/street/period'
import { dataFile } from './backup'

async function main() {
  const [from, to, streetId] = process.argv.slice(2)
  if (!from || !to || !MONTH_KEY.test(from) || !MONTH_KEY.test(to)) throw new Error('用法：npm run street:recompute -- 2026-01 2026-11 [街道 id]')
  const months = monthsBetween(from, to)
  if (months.length === 0) throw new Error('开始月份不能晚于结束月份')
  const file = dataFile()
  if (!existsSync(file)) throw new Error(`没有找到数据库 ${file}`)
  const store = new SqliteStore(file)
  try {
    const tree = await unitTreeOf(store)
    const communities = communityIdsOf(tree, streetId)
    if (communities.length === 0) throw new Error(streetId ? `单位树里没有街道 ${streetId} 或它下面没有社区` : '单位树里还没有社区')
    const t = performance.now()
    const changed = await recompute(store, tree, communities, months, new Date())
    console.log(`${communities.length} 个社区 × ${months.length} 个月：${changed} 份统计有变化（${((performance.now() - t) / 1000).toFixed(1)} s）`)
  } finally {
    await store.close()
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
