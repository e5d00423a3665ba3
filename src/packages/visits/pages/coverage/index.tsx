/**
 * 网格覆盖 (grid roles and staff): this quarter's visits by grid and by member, the households no
 * one has visited yet this quarter, and the households still to assign.
 */
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useApi, useReloadOnReturn } from '@/api/hooks'
import type { HouseholdCard } from '@/domain/contracts/visits'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { HouseholdRow } from '../../components/HouseholdRow'
import { AddHousehold } from './AddHousehold'
import { AssignPanel } from './AssignPanel'
import './index.scss'

const ASSIGNERS = ['staff', 'secretary', 'grid_secretary']

export default function CoveragePage() {
  const [gridId, setGridId] = useState<string | undefined>()
  const [assigning, setAssigning] = useState<HouseholdCard | undefined>()
  const [adding, setAdding] = useState(false)
  const me = useApi('members', 'me', {})
  const res = useApi('visits', 'coverage', gridId ? { gridId } : {})
  useReloadOnReturn(res.reload)
  const c = res.data
  if (!c) return <StateView loading={res.loading} error={res.error} onRetry={() => void res.reload()} />
  const mayAssign = !!me.data?.roles.some((r) => ASSIGNERS.includes(r))
  const assignButton = (h: HouseholdCard) =>
    mayAssign && (
      <Button
        id={`assign-open-${h.id}`}
        className='btn btn-plain coverage-assign'
        size='mini'
        onClick={(e) => {
          e.stopPropagation()
          setAssigning(h)
        }}
      >
        {h.memberOpenid ? '改派' : '分配'}
      </Button>
    )

  return (
    <PageRoot>
      {assigning && (
        <AssignPanel
          h={assigning}
          onClose={() => setAssigning(undefined)}
          onDone={() => {
            setAssigning(undefined)
            void res.reload()
          }}
        />
      )}
      {adding && (
        <AddHousehold
          grids={c.grids}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false)
            void res.reload()
          }}
        />
      )}
      {mayAssign && !adding && (
        <Button id='add-open' className='btn btn-plain' size='mini' onClick={() => setAdding(true)}>
          ＋ 登记联系户
        </Button>
      )}
      <Text className='section-title'>{c.quarter.replace('Q', ' 年第 ')} 季度 · 各网格</Text>
      {c.grids.length > 1 || gridId ? (
        <View className='row coverage-grids'>
          <Text className={`tag ${gridId ? 'tag-gray' : 'tag-red'}`} onClick={() => setGridId(undefined)}>
            全部
          </Text>
          {c.grids.map((g) => (
            <Text key={g.gridId} id={`grid-${g.gridId}`} className={`tag ${gridId === g.gridId ? 'tag-red' : 'tag-gray'}`} onClick={() => setGridId(g.gridId)}>
              {g.name}
            </Text>
          ))}
        </View>
      ) : null}
      {c.grids.map((g) => (
        <View key={g.gridId} className='card' id={`coverage-${g.gridId}`}>
          <Text className='card-title'>{g.name}</Text>
          <Text className='muted coverage-line'>
            共 {g.households} 户，已分配 {g.linked} 户；本季度未走访 <Text className={g.unvisitedThisQuarter ? 'coverage-warn' : ''}>{g.unvisitedThisQuarter}</Text> 户
          </Text>
        </View>
      ))}

      <Text className='section-title'>各党员</Text>
      <StateView empty={c.members.length === 0} emptyText='还没有党员联系户' />
      {c.members.map((m) => (
        <View key={m.openid} className='card row' id={`coverage-member-${m.openid}`}>
          <View className='grow'>
            <Text className='card-title'>{m.name}</Text>
            <Text className='muted coverage-line'>
              联系 {m.households} 户 · 今年 {m.visitsThisYear}/{m.target} 次 · 本季度未走访 {m.unvisitedThisQuarter} 户
            </Text>
          </View>
          <Text className={`tag ${m.belowPace ? 'tag-red' : 'tag-green'}`}>{m.belowPace ? '落后' : '正常'}</Text>
        </View>
      ))}

      <Text className='section-title'>已分配、本季度未走访（{c.unvisited.length}）</Text>
      <StateView empty={c.unvisited.length === 0} emptyText='本季度已分配的每一户都走访到了' />
      {c.unvisited.map((h) => (
        <HouseholdRow key={h.id} h={h} showMember>
          {assignButton(h)}
        </HouseholdRow>
      ))}

      <Text className='section-title'>待分配（{c.unassigned.length}）</Text>
      <StateView empty={c.unassigned.length === 0} emptyText='每一户都有联系党员' />
      {c.unassigned.map((h) => (
        <HouseholdRow key={h.id} h={h} showMember>
          {assignButton(h)}
        </HouseholdRow>
      ))}
    </PageRoot>
  )
}
