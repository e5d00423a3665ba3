/** 服务时长确认 (staff): confirm logged hours (they become points) or decline them with a reason. */
import { useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, usePaged } from '@/api/hooks'
import { ListEnd, PagedState } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import './index.scss'

export default function Hours() {
  const list = usePaged('wishes', 'hours', { scope: 'pending' })
  useReachBottom(() => list.loadMore())
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const { busy, run } = useAction()

  const decide = (id: string, accept: boolean) => {
    const reason = reasons[id]?.trim()
    return run(() => call('wishes', 'decideHours', { id, accept, ...(reason ? { reason } : {}) }), {
      ...(accept ? {} : { confirm: { title: '不通过', content: '确定这条服务记录不通过吗？' } }),
      ok: (r) => (r.state === 'confirmed' ? `已确认 +${r.points ?? 0} 分` : '已处理'),
      then: list.reload,
      // someone else may have decided it meanwhile: show the list as it is now
      failed: () => void list.reload(),
    })
  }

  return (
    <PageRoot>
      <PagedState list={list} emptyText='没有待确认的服务时长' />
      {list.items.map((l) => (
        <View key={l.id} className='card' id={`hours-${l.id}`}>
          <Text className='card-title'>
            {l.name} · {l.postName}
          </Text>
          <Text className='hours-line'>
            {l.date} · {l.hours} 小时
          </Text>
          <Text className='hours-line muted'>{l.note}</Text>
          <Input className='input' placeholder='备注或不通过原因（选填）' value={reasons[l.id] ?? ''} onInput={(e) => setReasons({ ...reasons, [l.id]: e.detail.value })} />
          <View className='row'>
            <Button className='btn btn-primary grow' data-testid='hours-accept' disabled={busy} onClick={() => decide(l.id, true)}>
              确认
            </Button>
            <Button className='btn btn-plain grow hours-no' data-testid='hours-decline' disabled={busy} onClick={() => decide(l.id, false)}>
              不通过
            </Button>
          </View>
        </View>
      ))}
      <ListEnd loading={list.loading} done={list.done} count={list.items.length} />
    </PageRoot>
  )
}
