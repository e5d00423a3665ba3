/** 附近阵地: organization-life bases nearest first, within a 10- or 15-minute walk. */
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

type Near = { lat: number; lng: number }
const CIRCLES = [
  { min: 10, label: '10 分钟' },
  { min: 15, label: '15 分钟' },
  { min: undefined, label: '全部' },
]

export default function Bases() {
  const [near, setNear] = useState<Near | undefined>()
  const [located, setLocated] = useState<boolean | undefined>()
  const [withinMin, setWithin] = useState<number | undefined>()
  useEffect(() => {
    Taro.getLocation({ type: 'gcj02' })
      .then((r) => {
        setNear({ lat: r.latitude, lng: r.longitude })
        setLocated(true)
      })
      .catch(() => setLocated(false))
  }, [])
  const list = useApi('events', 'bases', { ...(near ? { near } : {}), ...(near && withinMin ? { withinMin } : {}) }, [located])

  return (
    <PageRoot>
      {located === false && <Text className='muted'>没有获取到位置，按名称排列</Text>}
      {near && (
        <View className='row bases-circles'>
          {CIRCLES.map((c) => (
            <Text key={c.label} className={`tag ${withinMin === c.min ? 'tag-red' : 'tag-gray'}`} onClick={() => setWithin(c.min)}>
              步行 {c.label}
            </Text>
          ))}
        </View>
      )}
      <StateView loading={list.loading && !list.data} error={list.error} empty={list.data?.items.length === 0} emptyText='这个范围内还没有阵地，放宽一点试试' onRetry={list.reload} />
      {list.data?.items.map((b) => (
        <View key={b.id} className='card' id={`base-${b.id}`} onClick={() => Taro.openLocation({ latitude: b.lat, longitude: b.lng, name: b.name, address: b.address }).catch(() => undefined)}>
          <View className='row'>
            <Text className='card-title grow'>{b.name}</Text>
            {b.distanceM !== undefined && <Text className='muted'>{b.distanceM < 1000 ? `${b.distanceM} 米` : `${(b.distanceM / 1000).toFixed(1)} 公里`} · 步行约 {b.walkMinutes} 分钟</Text>}
          </View>
          <Text className='tag'>{b.kind}</Text>
          <Text className='bases-line'>{b.address}</Text>
          <Text className='bases-line muted'>开放时间：{b.hours}</Text>
          <Text className='bases-line'>{b.intro}</Text>
        </View>
      ))}
      {list.data && list.data.items.length > 0 && <Text className='list-end'>— 没有更多了 —</Text>}
    </PageRoot>
  )
}
