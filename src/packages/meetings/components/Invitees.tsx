/** Choosing people for a meeting: members of the community by name, and outside units or people typed in. */
import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { useApi } from '@/api/hooks'
import type { PersonInput } from '@/domain/contracts/meetings'
import { INVITEE_KIND_NAMES, INVITEE_KINDS, type InviteeKind } from '@/domain/meetings/rules'
import { Chips } from '@/components/Chips'

export type Chosen = PersonInput & { name: string }

const KIND_OPTIONS = INVITEE_KINDS.map((k) => ({ key: k, label: INVITEE_KIND_NAMES[k] }))
const same = (a: Chosen, b: Chosen) => (a.openid ? a.openid === b.openid : !b.openid && a.name === b.name)

export function Invitees({ name, value, onChange }: { name: string; value: Chosen[]; onChange(v: Chosen[]): void }) {
  const [kind, setKind] = useState<InviteeKind>('unit')
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const people = useApi('meetings', 'people', q ? { q } : {})
  const toggle = (p: Chosen) => onChange(value.some((v) => same(v, p)) ? value.filter((v) => !same(v, p)) : [...value, p])

  return (
    <View>
      <Text className='field-label'>身份（先选身份，再点人员或填写单位）</Text>
      <Chips<InviteeKind> name={`${name}-kind`} options={KIND_OPTIONS} selected={[kind]} onToggle={setKind} />
      <View className='row'>
        <Input id={`${name}-name`} className='input grow' maxlength={40} value={typed} placeholder='驻区单位、兼职委员等的名称' onInput={(e) => setTyped(e.detail.value)} />
        <Button
          id={`${name}-add`}
          className='btn btn-plain'
          size='mini'
          disabled={!typed.trim()}
          onClick={() => {
            toggle({ kind, name: typed.trim() })
            setTyped('')
          }}
        >
          添加
        </Button>
      </View>
      <View className='row'>
        <Input id={`${name}-q`} className='input grow' maxlength={20} placeholder='按姓名查找本社区居民' onConfirm={(e) => setQ(e.detail.value.trim())} />
      </View>
      <View className='chips'>
        {(people.data?.items ?? []).map((p) => (
          <Text key={p.openid} id={`${name}-person-${p.openid}`} className={`chip ${value.some((v) => v.openid === p.openid) ? 'chip-on' : ''}`} onClick={() => toggle({ kind, openid: p.openid, name: p.name })}>
            {p.name}
          </Text>
        ))}
      </View>
      <Text className='field-label'>已选 {value.length} 位（点一下移除）</Text>
      <View className='chips'>
        {value.map((p) => (
          <Text key={p.openid ?? `n:${p.name}`} className='chip chip-on' onClick={() => toggle(p)}>
            {INVITEE_KIND_NAMES[p.kind]}：{p.name} ✕
          </Text>
        ))}
      </View>
    </View>
  )
}
