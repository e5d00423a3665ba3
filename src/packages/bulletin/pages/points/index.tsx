/** 党群服务阵地: the 党群服务中心, 红色驿站 and 红色物业 points of my community, then of the street and district above it. */
import { Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { LEVEL_NAMES } from '@/domain/units'
import './index.scss'

export default function PointsPage() {
  const res = useApi('bulletin', 'points', {})
  const items = res.data?.items ?? []
  return (
    <PageRoot>
      <StateView loading={res.loading && !res.data} error={res.error} empty={!!res.data && items.length === 0} emptyText='附近还没有登记党群服务阵地' onRetry={() => void res.reload()} />
      {items.map((p) => (
        <View key={p.id} id={`point-${p.id}`} className='card point-card'>
          <View className='row'>
            <Text className='point-name grow'>{p.name}</Text>
            <Text className='tag'>{p.kindName}</Text>
          </View>
          <Text className='muted'>
            {LEVEL_NAMES[p.level]}级 · {p.unitName}
          </Text>
          <Text className='point-line'>地址：{p.address}</Text>
          <Text className='point-line'>开放：{p.hours}</Text>
          {p.phone && <Text className='point-line'>电话：{p.phone}</Text>}
          <View className='point-services'>
            {p.services.map((s) => (
              <Text key={s} className='tag tag-gray'>
                {s}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </PageRoot>
  )
}
