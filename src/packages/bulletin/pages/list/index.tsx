/** 社区公告: search, filter by category, infinite scroll; secretaries and staff can publish. */
import { useState } from 'react'
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { usePaged } from '@/api/hooks'
import { hasRole, useMe } from '@/api/me'
import { CATEGORIES, type Category } from '@/domain/bulletin/rules'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { NoticeCard } from '../../components/NoticeCard'
import './index.scss'

export default function NoticeList() {
  const { me } = useMe()
  const [category, setCategory] = useState<Category | undefined>()
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const list = usePaged('bulletin', 'list', { ...(category ? { category } : {}), ...(q ? { q } : {}) })
  useReachBottom(() => list.loadMore())
  useDidShow(() => {
    if (list.items.length) void list.reload()
  })

  return (
    <PageRoot>
      <View className='row bulletin-search'>
        <Input
          id='bulletin-q'
          className='input grow'
          value={typed}
          placeholder='搜索公告标题或内容'
          confirmType='search'
          onInput={(e) => setTyped(e.detail.value)}
          onConfirm={() => setQ(typed.trim())}
        />
        <Button id='bulletin-search' className='btn btn-primary bulletin-search-btn' size='mini' onClick={() => setQ(typed.trim())}>
          搜索
        </Button>
      </View>
      <View className='bulletin-cats'>
        {[undefined, ...CATEGORIES].map((c) => (
          <Text
            key={c ?? 'all'}
            id={`cat-${c ?? 'all'}`}
            className={`tag ${category === c ? 'tag-red' : 'tag-gray'} bulletin-cat`}
            onClick={() => setCategory(c)}
          >
            {c ?? '全部'}
          </Text>
        ))}
      </View>
      {hasRole(me, 'secretary', 'staff') && (
        <Button id='bulletin-new' className='btn btn-primary' onClick={() => Taro.navigateTo({ url: '/packages/bulletin/pages/publish/index' })}>
          发布公告
        </Button>
      )}
      <PagedState list={list} emptyText={q ? `没有找到含“${q}”的公告` : '暂时没有公告'} />
      {list.items.map((n) => (
        <NoticeCard key={n.id} n={n} />
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
