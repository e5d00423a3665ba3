/** 首页: the community, and the ways in to what it offers. */
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useMe } from '@/api/me'
import { RoleSwitcher } from '@/components/RoleSwitcher'
import { StateView } from '@/components/StateView'
import './index.scss'

const ENTRIES = [
  { key: 'events', title: '组织生活', sub: '开放式活动菜单', url: '/pages/events/index', tab: true },
  { key: 'services', title: '预约服务', sub: '家政 · 义诊 · 代办 · 活动室', url: '/pages/services/index', tab: true },
  { key: 'wishes', title: '微心愿', sub: '认领邻里的小心愿', url: '/packages/wishes/pages/list/index', tab: false },
  { key: 'tickets', title: '我要反映', sub: '书记吹哨 · 部门报到', url: '/packages/tickets/pages/submit/index', tab: false },
]

export default function Home() {
  const { me, error, reload } = useMe()
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <View className='page home'>
      <RoleSwitcher />
      <StateView loading={!me && !error} error={error} onRetry={() => void reload()} />
      {me && (
        <View className='home-hero'>
          <Text className='community-name'>{me.communityName ?? '我的社区'}</Text>
          <Text className='home-greeting'>{me.name ? `${me.name}，您好` : '欢迎来到红驿'}</Text>
        </View>
      )}
      <View className='home-entries'>
        {ENTRIES.map((e) => (
          <View
            key={e.key}
            id={`entry-${e.key}`}
            className='home-entry card'
            onClick={() => (e.tab ? Taro.switchTab({ url: e.url }) : Taro.navigateTo({ url: e.url }))}
          >
            <Text className='home-entry-title'>{e.title}</Text>
            <Text className='muted'>{e.sub}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
