/** 服务: the services residents can book (小棉袄家政, 红色物业义诊, 红色代办, 活动室), and the ways to their bookings. */
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { RoleSwitcher } from '@/components/RoleSwitcher'
import { StateView } from '@/components/StateView'
import { AUDIENCE_NAMES } from '@/domain/booking/rules'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Services() {
  const { me } = useMe()
  const list = useApi('booking', 'services', {})
  useDidShow(() => {
    void list.reload()
  })
  const items = list.data?.items ?? []
  return (
    <PageRoot>
      <RoleSwitcher />
      <View className='row services-links'>
        <View id='services-my-bookings' className='card services-link grow' onClick={() => Taro.navigateTo({ url: '/packages/booking/pages/mine/index' })}>
          <Text>我的预约 ›</Text>
        </View>
        <View id='services-points' className='card services-link grow' onClick={() => Taro.navigateTo({ url: '/packages/bulletin/pages/points/index' })}>
          <Text>服务阵地 ›</Text>
        </View>
        {hasRole(me, 'staff') && (
          <View id='services-day' className='card services-link grow' onClick={() => Taro.navigateTo({ url: '/packages/booking/pages/day/index' })}>
            <Text>服务日程 ›</Text>
          </View>
        )}
      </View>
      <Text className='section-title'>预约服务</Text>
      <StateView loading={list.loading && !list.data} error={list.error} empty={!!list.data && items.length === 0} emptyText='服务项目正在上架中' onRetry={list.reload} />
      {items.map((s) => (
        <View
          key={s.id}
          id={`service-${s.id}`}
          className='card'
          onClick={() => Taro.navigateTo({ url: `/packages/booking/pages/service/index?id=${encodeURIComponent(s.id)}` })}
        >
          <Text className='card-title'>{s.name}</Text>
          <View className='services-tags'>
            <Text className='tag'>{AUDIENCE_NAMES[s.audience]}</Text>
            <Text className='tag tag-gray'>{s.atHome ? '上门服务' : s.location ?? ''}</Text>
          </View>
          <Text className='muted'>{s.provider}</Text>
          <View className='row'>
            <Text className='muted'>每次 {s.slotMinutes} 分钟 · 每时段 {s.capacity} 个名额</Text>
            <Text className='services-rating'>{s.rating.count ? `★ ${s.rating.average}（${s.rating.count}）` : '暂无评价'}</Text>
          </View>
        </View>
      ))}
    </PageRoot>
  )
}
