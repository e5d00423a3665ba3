/** 首页: the community, pinned and latest notices, and the ways in to what it offers, with live counts. */
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { useMe } from '@/api/me'
import type { NoticeItem } from '@/domain/contracts/bulletin'
import { formatTime } from '@/components/format'
import { RoleSwitcher } from '@/components/RoleSwitcher'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

const LIST = '/packages/bulletin/pages/list/index'
const DETAIL = '/packages/bulletin/pages/detail/index'

type Counts = { eventsThisWeek: number; wishesOpen: number; ticketsOpen: number }

const ENTRIES: { key: string; title: string; sub: (c?: Counts) => string; url: string; tab: boolean }[] = [
  { key: 'events', title: '组织生活', sub: (c) => (c ? `本周 ${c.eventsThisWeek} 场活动` : '开放式活动菜单'), url: '/pages/events/index', tab: true },
  { key: 'services', title: '预约服务', sub: () => '家政 · 义诊 · 代办 · 活动室', url: '/pages/services/index', tab: true },
  { key: 'wishes', title: '微心愿', sub: (c) => (c ? `${c.wishesOpen} 个微心愿待认领` : '认领邻里的小心愿'), url: '/packages/wishes/pages/list/index', tab: false },
  { key: 'tickets', title: '我要反映', sub: (c) => (c ? `${c.ticketsOpen} 件诉求办理中` : '书记吹哨 · 部门报到'), url: '/packages/tickets/pages/submit/index', tab: false },
]

function open(n: NoticeItem) {
  void Taro.navigateTo({ url: `${DETAIL}?id=${encodeURIComponent(n.id)}` })
}

function NoticeRow({ n, testid }: { n: NoticeItem; testid: string }) {
  return (
    <View id={`home-notice-${n.id}`} className='home-notice' data-testid={testid} onClick={() => open(n)}>
      <View className='home-notice-head'>
        {n.pinned && <Text className='tag tag-red'>置顶</Text>}
        {n.urgent && <Text className='tag tag-red'>紧急</Text>}
        <Text className='tag'>{n.category}</Text>
      </View>
      <Text className='home-notice-title'>{n.title}</Text>
      <Text className='muted'>
        {formatTime(n.publishedAt)} · 阅读 {n.readCount}
      </Text>
    </View>
  )
}

export default function Home() {
  const { me } = useMe()
  const home = useApi('bulletin', 'home', {})
  useDidShow(() => {
    if (home.data) void home.reload()
  })
  usePullDownRefresh(() => {
    void home.reload().finally(() => Taro.stopPullDownRefresh())
  })
  const d = home.data
  const community = d?.communityName ?? me?.communityName
  return (
    <PageRoot className='home'>
      <RoleSwitcher />
      <View className='home-hero'>
        {community && <Text className='community-name'>{community}</Text>}
        <Text className='home-greeting'>{me?.name ? `${me.name}，您好` : '欢迎来到红驿'}</Text>
      </View>
      <View className='home-entries'>
        {ENTRIES.map((e) => (
          <View
            key={e.key}
            id={`entry-${e.key}`}
            className='home-entry card'
            onClick={() => (e.tab ? Taro.switchTab({ url: e.url }) : Taro.navigateTo({ url: e.url }))}
          >
            <Text className='home-entry-title'>{e.title}</Text>
            <Text className='muted' data-testid={`count-${e.key}`}>
              {e.sub(d?.counts)}
            </Text>
          </View>
        ))}
      </View>
      <View className='row'>
        <Text className='section-title'>社区公告</Text>
        <Text id='home-more' className='muted' onClick={() => Taro.navigateTo({ url: LIST })}>
          全部公告 ›
        </Text>
      </View>
      <StateView loading={home.loading && !d} error={home.error} onRetry={home.reload} />
      {d && (
        <View className='card home-notices'>
          {d.pinned.map((n) => (
            <NoticeRow key={n.id} n={n} testid='home-pinned' />
          ))}
          {d.latest.map((n) => (
            <NoticeRow key={n.id} n={n} testid='home-latest' />
          ))}
          <StateView empty={d.pinned.length + d.latest.length === 0} emptyText='暂时没有公告' />
        </View>
      )}
    </PageRoot>
  )
}
