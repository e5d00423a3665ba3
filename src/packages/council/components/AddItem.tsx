/** 添加清单事项 (secretaries and staff): an offer, a need or a commitment at a community or street they act on. */
import { useState } from 'react'
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import type { ListKind, OfferType } from '@/domain/council/model'
import { LIST_KIND_SHORT, OFFER_TYPE_NAMES, OFFER_TYPES } from '@/domain/council/model'
import { localDate } from '@/domain/time'

export function AddItem({ kind, onAdded }: { kind: ListKind; onAdded(): void }) {
  const units = useApi('council', 'units', {})
  const { busy, run } = useAction()
  const [level, setLevel] = useState(0)
  const [unit, setUnit] = useState(0)
  const [offerType, setOfferType] = useState<OfferType>('people')
  const [title, setTitle] = useState('')
  const [detail, setDetail] = useState('')
  const [dueAt, setDueAt] = useState(`${localDate(new Date()).slice(0, 4)}-12-31`)
  const data = units.data
  if (!data) return <StateView loading={units.loading} error={units.error} onRetry={() => void units.reload()} />
  const levels = data.canEditIn
  const members = data.items
  const withUnit = kind !== 'need'
  const ready = levels.length > 0 && title.trim() && detail.trim() && (!withUnit || members.length > 0)

  const submit = () =>
    run(
      () =>
        call('council', 'add', {
          kind,
          unitId: levels[level].id,
          title,
          detail,
          ...(kind === 'offer' ? { offerType } : {}),
          ...(withUnit ? { memberUnitId: members[unit].id } : {}),
          ...(kind === 'commitment' ? { dueAt } : {}),
        }),
      {
        ok: '已添加',
        then: () => {
          setTitle('')
          setDetail('')
          onAdded()
        },
      },
    )

  return (
    <View className='card' id='add-item'>
      <Text className='card-title'>添加{LIST_KIND_SHORT[kind]}</Text>
      <View className='field'>
        <Text className='field-label'>所属层级</Text>
        <Picker mode='selector' range={levels.map((l) => l.name)} value={level} onChange={(e) => setLevel(Number(e.detail.value))}>
          <View className='input' id='add-level'>
            {levels[level]?.name ?? '您没有可添加的社区或街道'}
          </View>
        </Picker>
      </View>
      {withUnit && (
        <View className='field'>
          <Text className='field-label'>成员单位</Text>
          <Picker mode='selector' range={members.map((m) => m.name)} value={unit} onChange={(e) => setUnit(Number(e.detail.value))}>
            <View className='input' id='add-unit'>
              {members[unit]?.name ?? '请先登记成员单位'}
            </View>
          </Picker>
        </View>
      )}
      {kind === 'offer' && (
        <View className='row council-tabs'>
          {OFFER_TYPES.map((t) => (
            <Text key={t} id={`add-type-${t}`} className={`tag ${offerType === t ? 'tag-red' : 'tag-gray'} council-tab`} onClick={() => setOfferType(t)}>
              {OFFER_TYPE_NAMES[t]}
            </Text>
          ))}
        </View>
      )}
      <View className='field'>
        <Text className='field-label'>标题</Text>
        <Input id='add-title' className='input' value={title} maxlength={40} onInput={(e) => setTitle(e.detail.value)} />
      </View>
      <View className='field'>
        <Text className='field-label'>具体内容</Text>
        <Textarea id='add-detail' className='input textarea' value={detail} maxlength={500} onInput={(e) => setDetail(e.detail.value)} />
      </View>
      {kind === 'commitment' && (
        <View className='field'>
          <Text className='field-label'>完成期限</Text>
          <Picker mode='date' value={dueAt} onChange={(e) => setDueAt(String(e.detail.value))}>
            <View className='input' id='add-due'>
              {dueAt}
            </View>
          </Picker>
        </View>
      )}
      <Button id='add-submit' className='btn btn-primary' disabled={busy || !ready} loading={busy} onClick={submit}>
        添加
      </Button>
    </View>
  )
}
