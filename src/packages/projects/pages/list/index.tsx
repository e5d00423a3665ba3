/** 书记领航: the service projects of the community and the street, by state; secretaries start new ones. */
import { useState } from 'react'
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import type { ProjectCard as Card } from '@/domain/contracts/projects'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { ProjectCard } from '../../components/ProjectCard'
import './index.scss'

type Filter = Card['state'] | 'all'
const FILTERS: { key: Filter; title: string }[] = [
  { key: 'all', title: '全部' },
  { key: 'open', title: '招募认领' },
  { key: 'in_progress', title: '推进中' },
  { key: 'done', title: '已完成' },
]

export default function ProjectList() {
  const { me } = useMe()
  const [filter, setFilter] = useState<Filter>('all')
  const list = usePaged('projects', 'list', filter === 'all' ? {} : { state: filter })
  useReachBottom(() => list.loadMore())
  useDidShow(() => void list.reload())
  return (
    <PageRoot>
      <Text className='muted projects-intro'>书记领办、党员认领、单位联动：社区和街道的服务项目，谁在做、做到哪一步，一目了然。</Text>
      <View className='row projects-tabs'>
        {FILTERS.map((f) => (
          <Text key={f.key} id={`projects-tab-${f.key}`} className={`projects-tab ${filter === f.key ? 'is-on' : ''}`} onClick={() => setFilter(f.key)}>
            {f.title}
          </Text>
        ))}
      </View>
      <View className='row projects-actions'>
        {hasRole(me, 'secretary', 'staff') && (
          <Button id='projects-new' className='btn btn-primary grow' onClick={() => void Taro.navigateTo({ url: '/packages/projects/pages/edit/index' })}>
            领办新项目
          </Button>
        )}
        <Button id='projects-teams' className='btn btn-plain grow' onClick={() => void Taro.navigateTo({ url: '/packages/projects/pages/teams/index' })}>
          服务队
        </Button>
      </View>
      <PagedState list={list} emptyText='还没有这样的服务项目' />
      {list.items.map((p) => (
        <ProjectCard key={p.id} p={p} />
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
