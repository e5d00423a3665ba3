/** 未读名单 (the author): who in a grid has not opened the notice, to phone or visit them. */
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Picker, Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Unread() {
  const id = useRouter().params.id ?? ''
  const grids = useApi('bulletin', 'grids', {})
  const [gridId, setGridId] = useState<string | undefined>()
  const unread = useApi('bulletin', 'unread', { id, ...(gridId ? { gridId } : {}) })
  const items = grids.data?.items ?? []
  const r = unread.data
  // a community-wide notice, and the author has no grid of their own: they pick one first
  const needsGrid = !gridId && unread.error?.code === 'INVALID_INPUT'

  return (
    <PageRoot>
      <Picker mode='selector' range={items.map((g) => g.name)} onChange={(e) => setGridId(items[Number(e.detail.value)]?.id)}>
        <View id='unread-grid' className='input unread-grid'>
          {r ? r.gridName : '选择网格'} <Text className='muted'>（点此切换）</Text>
        </View>
      </Picker>
      {needsGrid ? (
        <StateView empty emptyText='这条公告发给全社区，请在上方选择要查看的网格' />
      ) : (
        <StateView loading={unread.loading && !r} error={unread.error} onRetry={unread.reload} />
      )}
      {r && (
        <View>
          <View className='card row'>
            <Text>网格内 {r.total} 人</Text>
            <Text>已读 {r.read}</Text>
            <Text className='overdue' id='unread-count'>未读 {r.items.length}</Text>
          </View>
          <StateView empty={r.items.length === 0} emptyText='网格内的人都已读过这条公告' />
          {r.items.map((p) => (
            <View key={p.openid} className='card row' data-testid='unread-person'>
              <Text>{p.name}</Text>
              <Text className='muted'>{p.building ?? '未登记住址'}</Text>
            </View>
          ))}
          {r.items.length > 0 && <Text className='list-end'>— 共 {r.items.length} 人未读 —</Text>}
        </View>
      )}
    </PageRoot>
  )
}
