/** 需求对接: a need, and the offers (the community's, the street's and the district's) and commitments it can be met from; tap one to match. */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import type { ListItemView } from '@/domain/contracts/council'
import { ItemCard } from '../../components/ItemCard'
import '../../components/council.scss'
import './index.scss'

export default function CouncilMatch() {
  const id = useRouter().params.id ?? ''
  const res = useApi('council', 'candidates', { needId: id })
  const { busy, run } = useAction()
  const [note, setNote] = useState('')
  const data = res.data
  if (!data) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
  const need = data.need

  const pick = (t: ListItemView) => {
    if (busy) return
    void run(() => call('council', 'match', { needId: id, to: { kind: t.kind as 'offer' | 'commitment', id: t.id }, ...(note.trim() ? { note } : {}) }), {
      confirm: { title: '对接需求', content: `把「${need.title}」对接到「${t.title}」（${t.ownerName}）？` },
      ok: '已对接',
      then: () => void Taro.navigateBack(),
      failed: () => void res.reload(),
    })
  }

  return (
    <PageRoot>
      <View className='card' id='match-need'>
        <Text className='muted'>群众需求 · {need.stateName}</Text>
        <Text className='card-title'>{need.title}</Text>
        <Text className='council-line'>{need.detail}</Text>
        {need.matchedTo && <Text className='council-line'>已对接：{need.matchedTo.title}（{need.matchedTo.unitName}）</Text>}
      </View>
      {need.state === 'open' ? (
        <View>
          <View className='field'>
            <Text className='field-label'>对接说明（选填）</Text>
            <Input id='match-note' className='input' value={note} maxlength={200} placeholder='例如：请周六上午先到社区对接' onInput={(e) => setNote(e.detail.value)} />
          </View>
          <Text className='section-title'>党建共建资源（{data.offers.length}）</Text>
          <StateView empty={data.offers.length === 0} emptyText='还没有可对接的资源' />
          {data.offers.map((o) => (
            <ItemCard key={o.id} i={o} onClick={() => pick(o)} />
          ))}
          <Text className='section-title'>职责承诺（{data.commitments.length}）</Text>
          <StateView empty={data.commitments.length === 0} emptyText='还没有进行中的承诺' />
          {data.commitments.map((c) => (
            <ItemCard key={c.id} i={c} onClick={() => pick(c)} />
          ))}
        </View>
      ) : (
        <Text className='muted council-intro'>这条需求已经对接，不能再次对接。</Text>
      )}
    </PageRoot>
  )
}
