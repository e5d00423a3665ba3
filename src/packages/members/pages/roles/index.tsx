/**
 * 角色管理 (admin): find a person in a community one manages, grant or revoke 党员 / 书记 / 社工 /
 * 部门联络员 / 管理员 / 网格党支部书记 / 网格员 — each held in a unit (a community, or a street to cover
 * all its communities), and shown with it.
 */
import { useState } from 'react'
import Taro, { useReachBottom } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi, usePaged } from '@/api/hooks'
import { GRID_ROLES, ROLE_NAMES, type Role } from '@/domain/roles'
import { ListEnd, PagedState } from '@/components/StateView'
import { confirm } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import { sheetPage } from './sheet'
import './index.scss'

const MANAGED: Role[] = ['member', 'secretary', 'staff', 'liaison', 'admin', 'grid_secretary', 'gridman']

export default function Roles() {
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const [role, setRole] = useState<Role | undefined>()
  const [communityId, setCommunityId] = useState<string | undefined>()
  const { busy, run } = useAction()
  const people = usePaged('members', 'people', { limit: 20, ...(query ? { q: query } : {}), ...(role ? { role } : {}), ...(communityId ? { communityId } : {}) })
  const units = useApi('members', 'units', {})
  const communities = (units.data?.items ?? []).filter((u) => u.level === 'community')
  // where a role may be held: the streets and communities one manages (grid roles follow the member's grid)
  const holders = (units.data?.items ?? []).filter((u) => u.level === 'street' || u.level === 'community' || u.level === 'district')
  const departments = useApi('tickets', 'departments', {})
  const grids = useApi('bulletin', 'grids', {})
  useReachBottom(people.loadMore)

  async function pick(items: { id: string; name: string }[]): Promise<string | undefined> {
    let start = 0
    while (start < items.length) {
      const page = sheetPage(items.map((d) => d.name), start)
      let tap: number
      try {
        tap = (await Taro.showActionSheet({ itemList: page.labels })).tapIndex
      } catch {
        return undefined // cancelled
      }
      if (page.more && tap === page.labels.length - 1) start += page.labels.length - 1
      else return items[start + tap]?.id
    }
    return undefined
  }

  /** The unit a new role is held in: asked only when one manages more than one. */
  async function pickUnit(home: string): Promise<string | undefined> {
    if (holders.length <= 1) return holders[0]?.id ?? home
    const ordered = [...holders.filter((u) => u.id === home), ...holders.filter((u) => u.id !== home)]
    return pick(ordered.map((u) => ({ id: u.id, name: u.label })))
  }

  async function toggle(p: { openid: string; name?: string; communityId: string }, r: Role, has: boolean) {
    const verb = has ? '撤销' : '授予'
    const name = p.name ?? p.openid
    if (!(await confirm(`${verb}${ROLE_NAMES[r]}`, `确定为 ${name} ${verb}“${ROLE_NAMES[r]}”角色吗？此操作会记入审计日志。`))) return
    const departmentId = !has && r === 'liaison' ? await pick(departments.data?.items ?? []) : undefined
    if (!has && r === 'liaison' && !departmentId) return
    const gridId = !has && GRID_ROLES.includes(r) ? await pick(grids.data?.items ?? []) : undefined
    if (!has && GRID_ROLES.includes(r) && !gridId) return
    const unitId = !has && !GRID_ROLES.includes(r) ? await pickUnit(p.communityId) : undefined
    if (!has && !GRID_ROLES.includes(r) && !unitId) return
    await run(
      () =>
        has
          ? call('members', 'revokeRole', { openid: p.openid, role: r })
          : call('members', 'grantRole', { openid: p.openid, role: r, ...(unitId ? { unitId } : {}), ...(departmentId ? { departmentId } : {}), ...(gridId ? { gridId } : {}) }),
      { ok: `已${verb}`, then: people.reload },
    )
  }

  return (
    <PageRoot>
      <View className='row roles-search'>
        <Input
          id='roles-q'
          className='input grow'
          value={q}
          placeholder='按姓名查找'
          confirmType='search'
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => setQuery(q.trim())}
        />
        <Button id='roles-search' className='btn btn-primary' size='mini' onClick={() => setQuery(q.trim())}>
          查找
        </Button>
      </View>
      <View className='row roles-filter'>
        <Text className={`tag ${role ? 'tag-gray' : 'tag-red'}`} onClick={() => setRole(undefined)}>
          全部
        </Text>
        {MANAGED.map((r) => (
          <Text key={r} className={`tag ${role === r ? 'tag-red' : 'tag-gray'}`} onClick={() => setRole(r)}>
            {ROLE_NAMES[r]}
          </Text>
        ))}
      </View>
      {communities.length > 1 && (
        <View className='row roles-filter' id='roles-communities'>
          <Text className={`tag ${communityId ? 'tag-gray' : 'tag-red'}`} onClick={() => setCommunityId(undefined)}>
            我的社区
          </Text>
          {communities.map((c) => (
            <Text key={c.id} id={`roles-community-${c.id}`} className={`tag ${communityId === c.id ? 'tag-red' : 'tag-gray'}`} onClick={() => setCommunityId(c.id)}>
              {c.name}
            </Text>
          ))}
        </View>
      )}
      <PagedState list={people} emptyText='没有找到这个人：请确认对方已打开过小程序' />
      {people.items.map((p) => (
        <View key={p.openid} className='card' id={`person-card-${p.openid}`}>
          <View className='row'>
            <View className='grow'>
              <Text className='roles-person-name'>{p.name ?? '未填写姓名'}</Text>
              {p.title && <Text className='muted'>{p.title}</Text>}
              {!p.title && p.departmentId && <Text className='muted'>{departments.data?.items.find((d) => d.id === p.departmentId)?.name ?? ''}联络员</Text>}
              {p.unitRoles.length > 0 && (
                <Text className='muted roles-held' id={`held-${p.openid}`}>
                  {p.unitRoles.map((h) => `${h.unitName} ${ROLE_NAMES[h.role]}`).join('；')}
                </Text>
              )}
            </View>
          </View>
          <View className='roles-grant'>
            {MANAGED.map((r) => {
              const has = p.roles.includes(r)
              return (
                <Button
                  key={r}
                  id={`role-${p.openid}-${r}`}
                  className={`btn ${has ? 'btn-primary' : 'btn-plain'}`}
                  size='mini'
                  disabled={busy}
                  onClick={() => toggle(p, r, has)}
                >
                  {has ? '✓ ' : '+ '}
                  {ROLE_NAMES[r]}
                </Button>
              )
            })}
          </View>
        </View>
      ))}
      <ListEnd loading={people.loading} done={people.done} count={people.items.length} />
    </PageRoot>
  )
}
