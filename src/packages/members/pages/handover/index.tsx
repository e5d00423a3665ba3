/** 兑换核销 (staff at the shop): redemptions waiting to be handed over, oldest first. */
import { useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, usePaged } from '@/api/hooks'
import { formatTime } from '@/components/format'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Handover() {
  const list = usePaged('members', 'redemptions', { state: 'requested' })
  useReachBottom(() => list.loadMore())
  const { busy, run: act } = useAction()
  const reload = () => list.reload()

  // reloaded after a failure too: someone else may have handed it over or cancelled it meanwhile
  const run = (id: string, move: 'handOver' | 'cancelRedemption', title: string, content: string) =>
    act(() => call('members', move, { id }), {
      confirm: { title, content },
      ok: move === 'handOver' ? '已核销' : '已取消',
      then: reload,
      failed: () => void reload(),
    })

  return (
    <PageRoot>
      <PagedState list={list} emptyText='没有待核销的兑换' />
      {list.items.map((r) => (
        <View key={r.id} className='card' id={`handover-${r.id}`}>
          <Text className='card-title'>
            {r.name} · {r.rewardName}
          </Text>
          <Text className='ho-line muted'>
            {r.shop} · {r.cost} 积分 · {formatTime(r.requestedAt)}
          </Text>
          <View className='row'>
            <Button className='btn btn-primary grow' data-testid='hand-over' disabled={busy} onClick={() => run(r.id, 'handOver', '确认核销', `${r.name} 已在「${r.shop}」领取「${r.rewardName}」？`)}>
              已领取，核销
            </Button>
            <Button className='btn btn-plain grow' disabled={busy} onClick={() => run(r.id, 'cancelRedemption', '取消兑换', `取消后 ${r.cost} 积分退回给 ${r.name}，库存加回 1 件。`)}>
              取消
            </Button>
          </View>
        </View>
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
