/**
 * Local mode only (H5 on the emulator): a bar naming the current demo person with a menu to switch.
 * The emulator lists the demo people at GET /local/people; in production that answers 404 and the bar hides.
 */
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ROLE_NAMES, type Role } from '@/domain/roles'
import { currentOpenid, switchOpenid } from '@/api/identity'
import './index.scss'

interface Person {
  openid: string
  name: string
  roles: Role[]
  title?: string
  /** 「红枫街道 · 望湖社区」: the unit the person works in */
  unit?: string
}

function label(p: Person): string {
  if (p.title) return `${p.name}（${p.title}）`
  const top = p.roles.filter((r) => r !== 'resident')
  return `${p.name}（${(top.length ? top : (['resident'] as Role[])).map((r) => ROLE_NAMES[r]).join('·')}）`
}

export function RoleSwitcher() {
  const [people, setPeople] = useState<Person[]>([])
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    fetch('/local/people')
      .then((r) => (r.ok ? r.json() : {}))
      .then((b: { data?: { items?: Person[] } }) => setPeople(b.data?.items ?? []))
      .catch(() => setPeople([]))
  }, [])
  if (process.env.TARO_ENV !== 'h5' || people.length === 0) return null
  const me = currentOpenid()
  const current = people.find((p) => p.openid === me)
  return (
    <View className='role-switcher'>
      <View id='role-switch' className='role-switcher-bar' onClick={() => setOpen(!open)}>
        <Text className='role-switcher-label'>
          当前身份：{current ? label(current) : me}
          {current?.unit ? ` · ${current.unit}` : ''}
        </Text>
        <Text className='role-switcher-action'>{open ? '收起' : '切换'}</Text>
      </View>
      {open && (
        <View className='role-switcher-menu'>
          {people.map((p) => (
            <View
              key={p.openid}
              id={`person-${p.openid}`}
              className={`role-switcher-item ${p.openid === me ? 'is-current' : ''}`}
              onClick={() => switchOpenid(p.openid)}
            >
              <Text>{label(p)}</Text>
              {p.unit && <Text className='muted role-switcher-unit'>{p.unit}</Text>}
            </View>
          ))}
          <Text className='muted role-switcher-note'>本地演示模式：切换身份后页面会重新加载</Text>
        </View>
      )}
    </View>
  )
}
