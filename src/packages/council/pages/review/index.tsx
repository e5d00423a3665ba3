/** 回头看: the year's commitments per member unit and party member — kept (done by the due date), late, overdue, still open — with the list. */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { localDate } from '@/domain/time'
import { ItemCard } from '../../components/ItemCard'
import '../../components/council.scss'
import './index.scss'

export default function CouncilReview() {
  const thisYear = Number(localDate(new Date()).slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const res = useApi('council', 'review', { year })
  const [open, setOpen] = useState<string | undefined>()
  const data = res.data
  return (
    <PageRoot>
      <View className='row council-tabs'>
        {[thisYear, thisYear - 1].map((y) => (
          <Text key={y} id={`year-${y}`} className={`tag ${year === y ? 'tag-red' : 'tag-gray'} council-tab`} onClick={() => setYear(y)}>
            {y} 年
          </Text>
        ))}
      </View>
      {!data ? (
        <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
      ) : (
        <View>
          <View className='card' id='review-totals'>
            <Text className='card-title'>{data.year} 年职责承诺</Text>
            <View className='row council-numbers'>
              <Text className='council-number'>共 {data.totals.total} 项</Text>
              <Text className='council-number'>按期完成 {data.totals.kept}</Text>
              <Text className='council-number'>逾期完成 {data.totals.late}</Text>
              <Text className='council-number'>逾期未完成 {data.totals.overdue}</Text>
              <Text className='council-number'>推进中 {data.totals.open}</Text>
            </View>
          </View>
          <StateView empty={data.rows.length === 0} emptyText='这一年还没有承诺' />
          {data.rows.map((r) => (
            <View key={r.key}>
              <View className='card' id={`review-${r.key}`} onClick={() => setOpen(open === r.key ? undefined : r.key)}>
                <View className='row'>
                  <Text className='card-title grow'>{r.name}</Text>
                  <Text className={`tag ${r.overdue ? 'tag-red' : r.kept === r.total ? 'tag-green' : 'tag-gray'}`}>
                    {r.kept}/{r.total} 按期
                  </Text>
                </View>
                <Text className='muted'>
                  按期完成 {r.kept} · 逾期完成 {r.late} · 逾期未完成 {r.overdue} · 推进中 {r.open} {open === r.key ? '▲' : '▼'}
                </Text>
              </View>
              {open === r.key && r.items.map((i) => <ItemCard key={i.id} i={i} />)}
            </View>
          ))}
        </View>
      )}
    </PageRoot>
  )
}
