/** 我的: who I am in the community, my roles and points, and the entries my roles open. */
import Taro, { useDidShow } from '@tarojs/taro'
import { Switch, Text, View } from '@tarojs/components'
import { setCare, useCare } from '@/api/care'
import { hasRole, useMe } from '@/api/me'
import { ROLE_NAMES } from '@/domain/roles'
import { RoleSwitcher } from '@/components/RoleSwitcher'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { showError } from '@/components/toast'
import { ME_LINKS, sectionOf, showsFor } from './links'
import './index.scss'

/** The roles beyond 党员 grouped by the unit they are held in: 「红枫街道：书记、社工」. */
function heldIn(unitRoles: { role: keyof typeof ROLE_NAMES; unitName: string }[]): [string, string][] {
  const by = new Map<string, string[]>()
  for (const r of unitRoles) if (r.role !== 'member') by.set(r.unitName, [...(by.get(r.unitName) ?? []), ROLE_NAMES[r.role]])
  return [...by].map(([u, rs]) => [u, rs.join('、')])
}

export default function Me() {
  const { me, error, reload } = useMe()
  const care = useCare()
  useDidShow(() => {
    void reload()
  })
  const links = ME_LINKS.filter((l) => showsFor(me, l))
  return (
    <PageRoot>
      <RoleSwitcher />
      <StateView loading={!me && !error} error={error} onRetry={() => void reload()} />
      {me && (
        <View className='card me-card'>
          <Text className='me-name'>{me.name ?? '未填写姓名'}</Text>
          <View className='me-roles'>
            {me.roles.map((r) => (
              <Text key={r} className={`tag ${r === 'resident' ? 'tag-gray' : ''}`} data-testid={`role-${r}`}>
                {ROLE_NAMES[r]}
              </Text>
            ))}
          </View>
          <Text className='muted'>
            {me.streetName ? `${me.streetName} · ` : ''}
            {me.communityName ?? ''}
            {me.departmentName ? ` · ${me.departmentName}` : ''}
          </Text>
          {heldIn(me.unitRoles).map(([unit, roles]) => (
            <Text key={unit} className='muted me-held' data-testid='me-held'>
              {unit}：{roles}
            </Text>
          ))}
          {hasRole(me, 'member') && (
            <Text className='me-points' id='me-points'>
              积分 {me.points}
            </Text>
          )}
        </View>
      )}
      <View className='card row me-care'>
        <View className='grow'>
          <Text className='me-care-title'>关怀模式 · {care ? '已开启' : '未开启'}</Text>
          <Text className='muted'>字更大、按钮更大、颜色更清楚</Text>
        </View>
        <Switch id='care-switch' className='me-care-switch' checked={care} color='#c8161d' onChange={(e) => setCare(e.detail.value).catch(showError)} />
      </View>
      {me &&
        (['我的', '党员', '工作台'] as const).map((section) => {
          const inSection = links.filter((l) => sectionOf(l) === section)
          if (!inSection.length) return null
          return (
            <View key={section}>
              <Text className='section-title'>{section}</Text>
              <View className='card me-links'>
                {inSection.map((l) => (
                  <View key={l.id} id={`link-${l.id}`} className='me-link row' onClick={() => Taro.navigateTo({ url: l.url })}>
                    <Text>{l.title}</Text>
                    <Text className='muted'>›</Text>
                  </View>
                ))}
              </View>
            </View>
          )
        })}
    </PageRoot>
  )
}
