/** 角色管理 (admin): find a person, grant or revoke 党员 / 书记 / 社工 / 部门联络员 / 管理员. */
import { useState } from 'react'
import Taro, { useReachBottom } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useApi, usePaged } from '@/api/hooks'
import { ROLE_NAMES, type Role } from '@/domain/roles'
import { ListEnd, PagedState } from '@/components/StateView'
import { confirm, showError, showOk } from '@/components/toast'
import { PageRoot } from '@/components/PageRoot'
import { sheetPage } from './sheet'
import './index.scss'

const MANAGED: Role[] = ['member', 'secretary', 'staff', 'liaison', 'admin']

export default function Roles() {
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const [role, setRole] = useState<Role | undefined>()
  const [busy, setBusy] = useState(false)
  const people = usePaged('members', 'people', { limit: 20, ...(query ? { q: query } : {}), ...(role ? { role } : {}) })
  const departments = useApi('tickets', 'departments', {})
  useReachBottom(people.loadMore)

  async function pickDepartment(): Promise<string | undefined> {
    const items = departments.data?.items ?? []
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

  async function toggle(openid: string, name: string, r: Role, has: boolean) {
    const verb = has ? '撤销' : '授予'
    if (!(await confirm(`${verb}${ROLE_NAMES[r]}`, `确定为 ${name} ${verb}“${ROLE_NAMES[r]}”角色吗？此操作会记入审计日志。`))) return
    const departmentId = !has && r === 'liaison' ? await pickDepartment() : undefined
    if (!has && r === 'liaison' && !departmentId) return
    setBusy(true)
    try {
      if (has) await call('members', 'revokeRole', { openid, role: r })
      else await call('members', 'grantRole', { openid, role: r, ...(departmentId ? { departmentId } : {}) })
      showOk(`已${verb}`)
      await people.reload()
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
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
      <PagedState list={people} emptyText='没有找到这个人：请确认对方已打开过小程序' />
      {people.items.map((p) => (
        <View key={p.openid} className='card' id={`person-card-${p.openid}`}>
          <View className='row'>
            <View className='grow'>
              <Text className='roles-person-name'>{p.name ?? '未填写姓名'}</Text>
              {p.title && <Text className='muted'>{p.title}</Text>}
              {!p.title && p.departmentId && <Text className='muted'>{departments.data?.items.find((d) => d.id === p.departmentId)?.name ?? ''}联络员</Text>}
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
                  onClick={() => toggle(p.openid, p.name ?? p.openid, r, has)}
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
