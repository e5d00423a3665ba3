/** 微心愿: the community's wish board, the wishes I posted and the ones I claimed. */
import { useState } from 'react'
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { WishCard } from '../../components/WishCard'
import './index.scss'

type Scope = 'public' | 'mine' | 'claimed'
const TABS: { scope: Scope; title: string; member?: boolean }[] = [
  { scope: 'public', title: '心愿墙' },
  { scope: 'mine', title: '我发布的' },
  { scope: 'claimed', title: '我认领的', member: true },
]
const EMPTY: Record<Scope, string> = {
  public: '暂时没有待认领的心愿',
  mine: '您还没有发布过心愿',
  claimed: '您还没有认领过心愿，去心愿墙看看吧',
}

export default function WishList() {
  const { me } = useMe()
  const [scope, setScope] = useState<Scope>('public')
  const list = usePaged('wishes', 'list', { scope })
  useReachBottom(() => list.loadMore())
  useDidShow(() => void list.reload())

  return (
    <PageRoot>
      <View className='row wish-tabs'>
        {TABS.filter((t) => !t.member || hasRole(me, 'member')).map((t) => (
          <Text key={t.scope} id={`tab-${t.scope}`} className={`wish-tab ${scope === t.scope ? 'is-on' : ''}`} onClick={() => setScope(t.scope)}>
            {t.title}
          </Text>
        ))}
      </View>
      <Button id='wish-new' className='btn btn-primary' onClick={() => Taro.navigateTo({ url: '/packages/wishes/pages/post/index' })}>
        发布一个微心愿
      </Button>
      <View className='wish-new-gap' />
      <PagedState list={list} emptyText={EMPTY[scope]} />
      {list.items.map((w) => (
        <WishCard key={w.id} wish={w} />
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
