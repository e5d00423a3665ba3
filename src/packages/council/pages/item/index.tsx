/** One item of 三张清单: what it is, whom it belongs to, its match, its progress with photos, and the moves the caller may make. */
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi, useReloadOnReturn } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { Gallery } from '@/components/Photos'
import { PageRoot } from '@/components/PageRoot'
import { formatTime } from '@/components/format'
import { LIST_KIND_NAMES } from '@/domain/council/model'
import { ItemCard } from '../../components/ItemCard'
import { itemMeta, itemUrl, matchUrl, MOVE_NAMES, STATE_TAGS } from '../../labels'
import { ProgressForm } from './ProgressForm'
import '../../components/council.scss'
import './index.scss'

export default function CouncilItem() {
  const id = useRouter().params.id ?? ''
  const res = useApi('council', 'item', { id })
  useReloadOnReturn(res.reload)
  const { busy, run } = useAction()
  const [reason, setReason] = useState('')
  const i = res.data
  if (!i) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
  const can = (m: (typeof i.moves)[number]) => i.moves.includes(m)

  const cancel = () =>
    run(() => call('council', 'cancel', { id, reason }), {
      confirm: { title: '取消事项', content: '取消后这条事项不再推进，确定吗？' },
      ok: '已取消',
      then: () => void res.reload(),
    })

  return (
    <PageRoot>
      <View className='card' id='item-head'>
        <View className='row'>
          <Text className='tag tag-gray'>{LIST_KIND_NAMES[i.kind]}</Text>
          <Text className={`tag ${STATE_TAGS[i.state]}`} id='item-state'>
            {i.stateName}
          </Text>
          {i.overdue && <Text className='tag tag-red'>已逾期</Text>}
        </View>
        <Text className='card-title'>{i.title}</Text>
        <Text className='council-line'>{i.detail}</Text>
        <Text className='muted council-line'>
          {i.unitName} · {itemMeta(i)}
        </Text>
        {i.matchedTo && (
          <Text className='council-line' id='item-matched' onClick={() => Taro.navigateTo({ url: itemUrl(i.matchedTo!.id) })}>
            已对接：{i.matchedTo.title}（{i.matchedTo.unitName}） ›
          </Text>
        )}
        {can('match') && (
          <Button id='item-match' className='btn btn-primary council-line' onClick={() => Taro.navigateTo({ url: matchUrl(id) })}>
            对接资源或承诺
          </Button>
        )}
      </View>

      {(can('progress') || can('finish')) && <ProgressForm id={id} canFinish={can('finish')} needsPhoto={i.kind === 'commitment'} onSaved={() => void res.reload()} />}

      {i.needs.length > 0 && <Text className='section-title'>已对接的群众需求（{i.needs.length}）</Text>}
      {i.needs.map((n) => (
        <ItemCard key={n.id} i={n} />
      ))}

      <Text className='section-title'>办理记录</Text>
      <View className='card' id='item-timeline'>
        {[...i.timeline].reverse().map((e, k) => (
          <View key={`${e.at}-${k}`} className='council-entry'>
            <View className='council-entry-head'>
              <Text>
                {MOVE_NAMES[e.action] ?? e.action} · {e.byName ?? ''}
              </Text>
              <Text className='muted'>{formatTime(e.at)}</Text>
            </View>
            {e.note && <Text className='council-line'>{e.note}</Text>}
            <Gallery images={e.images} />
          </View>
        ))}
      </View>

      {can('cancel') && (
        <View className='card' id='item-cancel'>
          <Text className='card-title'>取消这条事项</Text>
          <Input id='cancel-reason' className='input' value={reason} maxlength={200} placeholder='取消的原因' onInput={(e) => setReason(e.detail.value)} />
          <Button id='cancel-submit' className='btn btn-plain council-line' disabled={busy || !reason.trim()} onClick={cancel}>
            取消事项
          </Button>
        </View>
      )}
    </PageRoot>
  )
}
