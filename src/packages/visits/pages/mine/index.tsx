/** 我的联系户: the households a party member links, least recently visited first, and this year's pace. */
import { Text, View } from '@tarojs/components'
import { useApi, useReloadOnReturn } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { HouseholdRow } from '../../components/HouseholdRow'
import './index.scss'

export default function MyHouseholds() {
  const res = useApi('visits', 'mine', {})
  useReloadOnReturn(res.reload)
  const data = res.data
  if (!data) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
  const p = data.pace
  return (
    <PageRoot>
      <View className='card' id='visits-pace'>
        <Text className='card-title'>今年走访进度</Text>
        <View className='row visits-pace-numbers'>
          <View className='grow'>
            <Text className='visits-pace-big'>{p.visitsThisYear}</Text>
            <Text className='muted'> / {p.target} 次</Text>
          </View>
          <Text className={`tag ${p.belowPace ? 'tag-red' : 'tag-green'}`}>{p.belowPace ? '进度落后' : '进度正常'}</Text>
        </View>
        <Text className='muted visits-pace-note'>
          联系 {p.households} 户，每户每年至少走访 4 次（每季度至少 1 次）。本季度还有 {p.unvisitedThisQuarter} 户未走访
          {p.behind ? `，${p.behind} 户有季度漏访` : ''}。
        </Text>
      </View>
      <StateView empty={data.items.length === 0} emptyText='您还没有联系户，网格党支部书记分配后会通知您' />
      {data.items.map((h) => (
        <HouseholdRow key={h.id} h={h} />
      ))}
    </PageRoot>
  )
}
