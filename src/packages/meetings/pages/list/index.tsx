/** 议事协商: the community's 圆桌会、议事会、联席会议 to come and past; secretaries and staff schedule new ones. */
import { useState } from 'react'
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { MeetingCard } from '../../components/MeetingCard'
import './index.scss'

const TABS = [
  { key: 'upcoming', label: '即将召开' },
  { key: 'past', label: '往期会议' },
] as const

export default function MeetingList() {
  const { me } = useMe()
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming')
  const list = usePaged('meetings', 'list', { when })
  useReachBottom(() => list.loadMore())
  useDidShow(() => {
    if (list.items.length) void list.reload()
  })

  return (
    <PageRoot>
      <Text className='muted meetings-intro'>社区党组织牵头，邀请驻区单位、兼职委员和居民代表一起商量身边的大小事。会前可以提议题、为别人的议题附议。</Text>
      <View className='row meetings-tabs'>
        {TABS.map((t) => (
          <Text key={t.key} id={`tab-${t.key}`} className={`tag ${when === t.key ? 'tag-red' : 'tag-gray'} meetings-tab`} onClick={() => setWhen(t.key)}>
            {t.label}
          </Text>
        ))}
      </View>
      {hasRole(me, 'secretary', 'staff') && (
        <Button id='meeting-new' className='btn btn-primary' onClick={() => Taro.navigateTo({ url: '/packages/meetings/pages/edit/index' })}>
          安排会议
        </Button>
      )}
      <PagedState list={list} emptyText={when === 'upcoming' ? '近期没有安排会议' : '还没有往期会议'} />
      {list.items.map((m) => (
        <MeetingCard key={m.id} m={m} />
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
