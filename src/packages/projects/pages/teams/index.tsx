/** 服务队: the volunteer teams of the community, which I am in, and the way into each. */
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { teamUrl } from '../../labels'
import './index.scss'

export default function Teams() {
  const list = usePaged('projects', 'teams', {})
  useReachBottom(() => list.loadMore())
  useDidShow(() => void list.reload())
  return (
    <PageRoot>
      <Text className='muted teams-intro'>党员就近加入服务队，服务队认领书记领航项目，服务时长经领办书记确认后计入双报到并记积分。</Text>
      <PagedState list={list} emptyText='社区还没有服务队' />
      {list.items.map((t) => (
        <View key={t.id} id={`team-${t.id}`} className='card' onClick={() => void Taro.navigateTo({ url: teamUrl(t.id) })}>
          <View className='row'>
            <Text className='card-title grow'>{t.name}</Text>
            {t.joined && <Text className='tag tag-green'>已加入</Text>}
          </View>
          <Text className='muted teams-line'>
            {t.unitName} · 队长 {t.leaderName} · {t.memberCount} 名队员
          </Text>
          {t.intro && <Text className='teams-line'>{t.intro}</Text>}
        </View>
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
