/** 诉求工单: mine, followed, my department's or the community's, the nearest deadline first. */
import { useEffect, useState } from 'react'
import Taro, { useDidShow, useReachBottom, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { TicketCard } from '../../components/TicketCard'
import './index.scss'

type Scope = 'mine' | 'following' | 'department' | 'community'
const TABS: { scope: Scope; title: string; roles?: ('liaison' | 'secretary' | 'staff' | 'admin')[] }[] = [
  { scope: 'department', title: '本部门', roles: ['liaison'] },
  { scope: 'community', title: '全部', roles: ['secretary', 'staff', 'admin'] },
  { scope: 'mine', title: '我反映的' },
  { scope: 'following', title: '我关注的' },
]

const EMPTY: Record<Scope, string> = {
  department: '本部门暂时没有派来的工单',
  community: '社区里还没有工单',
  mine: '您还没有反映过问题，遇到难题可以点下面的按钮反映',
  following: '您还没有关注别人反映的问题',
}

export default function List() {
  const { me } = useMe()
  const params = useRouter().params
  const tabs = TABS.filter((t) => !t.roles || hasRole(me, ...t.roles))
  const [scope, setScope] = useState<Scope>((params.scope as Scope) || 'mine')
  useEffect(() => {
    if (me && !tabs.some((t) => t.scope === scope)) setScope('mine')
  }, [me])
  const list = usePaged('tickets', 'list', { scope }, [me?.openid])
  useReachBottom(() => list.loadMore())
  useDidShow(() => void list.reload())

  return (
    <PageRoot>
      <View className='row ticket-tabs'>
        {tabs.map((t) => (
          <Text key={t.scope} id={`tab-${t.scope}`} className={`ticket-tab ${t.scope === scope ? 'is-on' : ''}`} onClick={() => setScope(t.scope)}>
            {t.title}
          </Text>
        ))}
      </View>
      <PagedState list={list} emptyText={EMPTY[scope]} />
      {list.items.map((t) => (
        <TicketCard key={t.id} t={t} />
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
      <Button className='btn btn-primary' onClick={() => Taro.navigateTo({ url: '/packages/tickets/pages/submit/index' })}>
        我要反映问题
      </Button>
    </PageRoot>
  )
}
