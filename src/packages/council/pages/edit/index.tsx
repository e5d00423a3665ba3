/** 登记 / 修改成员单位 (secretaries and staff): kind, name, party organisation, contact, and the 兼职委员 chosen from the party members. */
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import { call, type Out } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { MEMBER_UNIT_KIND_NAMES, MEMBER_UNIT_KINDS, type CommitteeSeat, type MemberUnitKind } from '@/domain/council/model'
import '../../components/council.scss'
import './index.scss'

type Person = Out<'council', 'people'>['items'][number]

function People({ onPick }: { onPick(p: Person): void }) {
  const [q, setQ] = useState('')
  const res = useApi('council', 'people', q.trim() ? { q: q.trim() } : {})
  return (
    <View className='card' id='seat-picker'>
      <Input id='seat-search' className='input' value={q} maxlength={20} placeholder='按姓名查找党员' onInput={(e) => setQ(e.detail.value)} />
      <StateView loading={res.loading} error={res.error} empty={!!res.data && res.data.items.length === 0} emptyText='没有找到这位党员' onRetry={() => void res.reload()} />
      {(res.data?.items ?? []).slice(0, 20).map((p) => (
        <View key={p.openid} id={`seat-pick-${p.openid}`} className='council-entry' onClick={() => onPick(p)}>
          <Text>{p.name}</Text>
          <Text className='muted'>
            {' '}
            · {p.communityName}
            {p.branch ? ` · ${p.branch}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}

export default function CouncilEdit() {
  const id = useRouter().params.id
  const list = useApi('council', 'units', {})
  const { busy, run } = useAction()
  const [level, setLevel] = useState(0)
  const [kind, setKind] = useState<MemberUnitKind>('resident_unit')
  const [name, setName] = useState('')
  const [partyOrg, setPartyOrg] = useState('')
  const [contactName, setContactName] = useState('')
  const [contactPhone, setContactPhone] = useState('')
  const [committee, setCommittee] = useState<CommitteeSeat[]>([])
  const [picking, setPicking] = useState(false)
  const data = list.data
  const editing = id ? data?.items.find((u) => u.id === id) : undefined

  useEffect(() => {
    if (!editing || !data) return
    setLevel(Math.max(0, data.canEditIn.findIndex((l) => l.id === editing.unitId)))
    setKind(editing.kind)
    setName(editing.name)
    setPartyOrg(editing.partyOrg)
    setContactName(editing.contactName)
    setContactPhone(editing.contactPhone)
    setCommittee(editing.committee)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing?.id])

  if (!data) return <StateView loading={list.loading} error={list.error} onRetry={() => void list.reload()} />
  if (data.canEditIn.length === 0) return <StateView empty emptyText='只有社区或街道的书记、社工可以登记成员单位' />
  const ready = name.trim() && partyOrg.trim() && contactName.trim() && /^1\d{10}$/.test(contactPhone.trim())

  const save = () =>
    run(
      () =>
        call('council', 'saveUnit', {
          ...(editing ? { id: editing.id } : {}),
          unitId: data.canEditIn[level].id,
          kind,
          name,
          partyOrg,
          contactName,
          contactPhone: contactPhone.trim(),
          committee,
        }),
      { ok: editing ? '已保存' : '已登记', then: () => void Taro.navigateBack() },
    )

  return (
    <PageRoot>
      <View className='card' id='unit-form'>
        <View className='field'>
          <Text className='field-label'>加入哪一级的大党委</Text>
          <Picker mode='selector' range={data.canEditIn.map((l) => l.name)} value={level} onChange={(e) => setLevel(Number(e.detail.value))}>
            <View className='input' id='edit-level'>
              {data.canEditIn[level]?.name}
            </View>
          </Picker>
        </View>
        <View className='row council-tabs'>
          {MEMBER_UNIT_KINDS.map((k) => (
            <Text key={k} id={`edit-kind-${k}`} className={`tag ${kind === k ? 'tag-red' : 'tag-gray'} council-tab`} onClick={() => setKind(k)}>
              {MEMBER_UNIT_KIND_NAMES[k]}
            </Text>
          ))}
        </View>
        <View className='field'>
          <Text className='field-label'>单位名称</Text>
          <Input id='edit-name' className='input' value={name} maxlength={40} onInput={(e) => setName(e.detail.value)} />
        </View>
        <View className='field'>
          <Text className='field-label'>党组织名称</Text>
          <Input id='edit-party-org' className='input' value={partyOrg} maxlength={40} placeholder='例如：红枫供电所党支部' onInput={(e) => setPartyOrg(e.detail.value)} />
        </View>
        <View className='field'>
          <Text className='field-label'>联系人</Text>
          <Input id='edit-contact-name' className='input' value={contactName} maxlength={20} onInput={(e) => setContactName(e.detail.value)} />
        </View>
        <View className='field'>
          <Text className='field-label'>联系电话</Text>
          <Input id='edit-contact-phone' className='input' type='number' value={contactPhone} maxlength={11} onInput={(e) => setContactPhone(e.detail.value)} />
        </View>
        <Text className='field-label'>兼职委员</Text>
        {committee.map((c, k) => (
          <View key={c.openid} className='council-seat'>
            <Text>{c.name}</Text>
            <Input
              className='input council-seat-title'
              value={c.title}
              maxlength={30}
              onInput={(e) => setCommittee(committee.map((x, j) => (j === k ? { ...x, title: e.detail.value } : x)))}
            />
            <Text className='tag tag-gray' onClick={() => setCommittee(committee.filter((_, j) => j !== k))}>
              移除
            </Text>
          </View>
        ))}
        {!picking ? (
          <Button id='seat-add' className='btn btn-plain' size='mini' onClick={() => setPicking(true)}>
            添加兼职委员
          </Button>
        ) : (
          <People
            onPick={(p) => {
              if (!committee.some((c) => c.openid === p.openid)) setCommittee([...committee, { openid: p.openid, name: p.name, title: '兼职委员' }])
              setPicking(false)
            }}
          />
        )}
        <Button id='edit-submit' className='btn btn-primary council-line' disabled={busy || !ready} loading={busy} onClick={save}>
          {editing ? '保存' : '登记'}
        </Button>
      </View>
    </PageRoot>
  )
}
