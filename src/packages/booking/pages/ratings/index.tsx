/** A service's ratings for staff: the average and every comment, newest first. */
import { useRouter, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useApi, usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { formatTime } from '@/components/format'
import { ListEnd, StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'

export default function Ratings() {
  const serviceId = decodeURIComponent(useRouter().params.serviceId ?? '')
  const service = useApi('booking', 'service', { id: serviceId })
  const list = usePaged('booking', 'ratings', { serviceId })
  useReachBottom(() => list.loadMore())
  const s = service.data
  const { me } = useMe()
  if (me && !hasRole(me, 'staff')) return <PageRoot><StateView empty emptyText='服务评价汇总只对社区工作人员开放' /></PageRoot>
  return (
    <PageRoot>
      {s && (
        <View className='card'>
          <Text className='card-title'>{s.name}</Text>
          <Text>{s.rating.count ? `平均 ★ ${s.rating.average}，共 ${s.rating.count} 条评价` : '还没有评价'}</Text>
        </View>
      )}
      <StateView loading={list.loading && list.items.length === 0} error={list.error} empty={list.done && list.items.length === 0} emptyText='还没有评价' onRetry={list.reload} />
      {list.items.map((r) => (
        <View key={r.id} className='card'>
          <View className='row'>
            <Text>{r.name}</Text>
            <Text className='muted'>{'★'.repeat(r.score)}</Text>
          </View>
          {r.comment && <Text className='muted'>{r.comment}</Text>}
          <Text className='muted'> · {formatTime(r.at)}</Text>
        </View>
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
