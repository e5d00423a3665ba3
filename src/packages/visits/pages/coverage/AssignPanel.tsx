/** Choose the party member to link a household to; shows how many each links now (5–10 is the norm). */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import type { HouseholdCard } from '@/domain/contracts/visits'
import { StateView } from '@/components/StateView'
import { showOk } from '@/components/toast'

export function AssignPanel({ h, onDone, onClose }: { h: HouseholdCard; onDone(): void; onClose(): void }) {
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const { busy, run } = useAction()
  const res = useApi('visits', 'candidates', query ? { q: query } : {})
  const items = (res.data?.items ?? []).filter((c) => c.openid !== h.memberOpenid)

  /** The server's warning, if any, is shown as a dialog instead of the toast; after a refusal too the panel hands back (onDone). */
  const pick = (openid: string, name: string) =>
    run(() => call('visits', 'assign', { householdId: h.id, openid, expected: h.memberOpenid ?? '' }), {
      confirm: { title: '分配联系户', content: `将 ${h.address}（户主 ${h.headName}）交由 ${name} 联系吗？` },
      then: async (r) => {
        if (r.warning) await Taro.showModal({ title: '已分配，请留意', content: r.warning, showCancel: false })
        else showOk(`已分配给 ${name}`)
        onDone()
      },
      failed: () => void onDone(),
    })

  return (
    <View className='card assign-panel' id='assign-panel'>
      <View className='row'>
        <Text className='card-title grow'>分配 {h.address}</Text>
        <Text className='muted' onClick={onClose}>
          取消
        </Text>
      </View>
      <View className='row'>
        <Input id='assign-q' className='input grow' value={q} placeholder='按姓名查找党员' confirmType='search' onInput={(e) => setQ(e.detail.value)} onConfirm={() => setQuery(q.trim())} />
        <Button className='btn btn-plain' size='mini' onClick={() => setQuery(q.trim())}>
          查找
        </Button>
      </View>
      <StateView loading={res.loading && !res.data} error={res.error} empty={!!res.data && items.length === 0} emptyText='没有找到党员' onRetry={() => void res.reload()} />
      {items.map((c) => (
        <View key={c.openid} className='row assign-row' id={`assign-${c.openid}`} onClick={() => !busy && void pick(c.openid, c.name)}>
          <Text className='grow'>{c.name}</Text>
          <Text className={`tag ${c.households >= 10 ? 'tag-red' : 'tag-gray'}`}>已联系 {c.households} 户</Text>
        </View>
      ))}
    </View>
  )
}
