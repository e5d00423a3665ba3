/** 三张清单: 党建共建清单 (offers), 群众服务需求清单 (needs), 职责承诺清单 (commitments), one tab each; still to do or everything. */
import { useState } from 'react'
import Taro, { useDidShow, useReachBottom, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { LIST_KIND_NAMES, LIST_KINDS, type ListKind } from '@/domain/council/model'
import { AddItem } from '../../components/AddItem'
import { ItemCard } from '../../components/ItemCard'
import '../../components/council.scss'
import './index.scss'

const INTRO: Record<ListKind, string> = {
  offer: '成员单位能提供的人员、场地、资金和技能。街道和区一级的资源向下面每个社区开放。',
  need: '从微心愿、诉求建议、问卷调研中收集的群众需求，由社区对接到资源或承诺。',
  commitment: '每家成员单位和在职党员的年度承诺，按期推进、上传佐证，年底回头看。',
}

export default function CouncilLists() {
  const { me } = useMe()
  const first = useRouter().params.kind
  const [kind, setKind] = useState<ListKind>(LIST_KINDS.includes(first as ListKind) ? (first as ListKind) : 'offer')
  const [live, setLive] = useState(true)
  const [adding, setAdding] = useState(false)
  const list = usePaged('council', 'lists', { kind, ...(live ? { state: 'live' as const } : {}) })
  useReachBottom(() => list.loadMore())
  useDidShow(() => {
    if (list.items.length) void list.reload()
  })
  const staff = hasRole(me, 'secretary', 'staff')

  return (
    <PageRoot>
      <View className='row council-tabs'>
        {LIST_KINDS.map((k) => (
          <Text key={k} id={`tab-${k}`} className={`tag ${kind === k ? 'tag-red' : 'tag-gray'} council-tab`} onClick={() => setKind(k)}>
            {LIST_KIND_NAMES[k]}
          </Text>
        ))}
      </View>
      <Text className='muted council-intro'>{INTRO[kind]}</Text>
      <View className='row council-tabs'>
        <Text id='filter-live' className={`tag ${live ? 'tag-red' : 'tag-gray'} council-tab`} onClick={() => setLive(true)}>
          进行中
        </Text>
        <Text id='filter-all' className={`tag ${!live ? 'tag-red' : 'tag-gray'} council-tab`} onClick={() => setLive(false)}>
          全部
        </Text>
        {kind === 'commitment' && (
          <Text id='open-review' className='tag tag-gray council-tab' onClick={() => Taro.navigateTo({ url: '/packages/council/pages/review/index' })}>
            年度回头看 ›
          </Text>
        )}
      </View>
      {staff && !adding && (
        <Button id='add-open' className='btn btn-plain' onClick={() => setAdding(true)}>
          添加到{LIST_KIND_NAMES[kind]}
        </Button>
      )}
      {staff && adding && (
        <AddItem
          key={kind}
          kind={kind}
          onAdded={() => {
            setAdding(false)
            void list.reload()
          }}
        />
      )}
      <PagedState list={list} emptyText='这张清单里还没有事项' />
      {list.items.map((i) => (
        <ItemCard key={i.id} i={i} />
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
