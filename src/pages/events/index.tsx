/** 活动: the open organization-life menu by month and theme, and the ways into the rest of events. */
import { useState } from 'react'
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { formatTime } from '@/components/format'
import { RoleSwitcher } from '@/components/RoleSwitcher'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { monthOf, THEMES } from '@/domain/events/rules'
import { local } from '@/domain/time'
import './index.scss'

const go = (url: string) => Taro.navigateTo({ url: `/packages/events/pages/${url}` })

export default function Events() {
  const { me } = useMe()
  const [month, setMonth] = useState(() => monthOf(Date.now()))
  const [theme, setTheme] = useState<string | undefined>()
  const list = usePaged('events', 'list', { month, ...(theme ? { theme } : {}) })
  useReachBottom(list.loadMore)
  useDidShow(() => void list.reload())
  const shift = (n: number) => setMonth(local(`${month}-15`).add(n, 'month').format('YYYY-MM'))
  const staff = hasRole(me, 'secretary', 'staff')
  const member = hasRole(me, 'member')

  return (
    <PageRoot>
      <RoleSwitcher />
      <View className='ev-links'>
        <Text className='ev-link' id='link-scan' onClick={() => go('scan/index')}>扫码签到</Text>
        <Text className='ev-link' id='link-bases' onClick={() => go('bases/index')}>附近阵地</Text>
        {(member || staff) && <Text className='ev-link' id='link-themes' onClick={() => go('themes/index')}>主题共商</Text>}
        {member && <Text className='ev-link' id='link-pass' onClick={() => go('pass/index')}>我的党员码</Text>}
        {staff && <Text className='ev-link ev-link-strong' id='link-create' onClick={() => go('edit/index')}>发布活动</Text>}
      </View>
      <View className='row ev-month'>
        <Text className='ev-month-btn' id='month-prev' onClick={() => shift(-1)}>‹ 上月</Text>
        <Text className='section-title' id='month-title'>{local(`${month}-15`).format('YYYY年M月')}组织生活菜单</Text>
        <Text className='ev-month-btn' id='month-next' onClick={() => shift(1)}>下月 ›</Text>
      </View>
      <View className='ev-themes'>
        {[undefined, ...THEMES].map((t) => (
          <Text key={t ?? 'all'} className={`tag ${theme === t ? 'tag-red' : 'tag-gray'}`} onClick={() => setTheme(t)}>
            {t ?? '全部'}
          </Text>
        ))}
      </View>
      <PagedState list={list} emptyText='这个月的活动菜单正在编排中' />
      {list.items.map((e) => (
        <View key={e.id} className='card ev-card' id={`event-${e.id}`} onClick={() => go(`detail/index?id=${e.id}`)}>
          <View className='row'>
            <Text className='card-title grow'>{e.title}</Text>
            {e.status === 'cancelled' ? (
              <Text className='tag tag-gray'>已取消</Text>
            ) : Date.parse(e.endAt) <= Date.now() ? (
              <Text className='tag tag-gray'>已结束</Text>
            ) : e.signedUp >= e.capacity ? (
              <Text className='tag'>可候补</Text>
            ) : null}
          </View>
          <Text className='muted'>{formatTime(e.startAt, true)} · {e.baseName ?? ''}</Text>
          <View className='row ev-card-foot'>
            <Text>
              <Text className='tag'>{e.theme}</Text>
              <Text className='tag tag-gray'>{e.openTo === 'all' ? '居民可参加' : '仅党员'}</Text>
            </Text>
            <Text className='muted'>{e.signedUp}/{e.capacity} 人 · {e.points} 积分</Text>
          </View>
        </View>
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
