/** 个人资料: name, phone and building, used to fill bookings and to reach a person about their request. */
import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction } from '@/api/hooks'
import { useMe } from '@/api/me'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'

export default function Profile() {
  const { me, error, reload } = useMe()
  const [form, setForm] = useState({ name: '', phone: '', building: '' })
  const { busy: saving, run } = useAction()
  useEffect(() => {
    if (me) setForm({ name: me.name ?? '', phone: me.phone ?? '', building: me.building ?? '' })
  }, [me])

  // an emptied phone or building is removed; an emptied name is refused by the server, not silently kept
  const save = () =>
    run(
      () =>
        call('members', 'updateProfile', {
          ...(form.name.trim() || me?.name ? { name: form.name.trim() } : {}),
          phone: form.phone.trim(),
          building: form.building.trim(),
        }),
      { ok: '已保存', then: reload },
    )

  if (!me) return <PageRoot><StateView loading={!error} error={error} onRetry={() => void reload()} /></PageRoot>
  const field = (key: keyof typeof form, label: string, placeholder: string, type?: 'number') => (
    <View className='field'>
      <Text className='field-label'>{label}</Text>
      <Input
        id={`profile-${key}`}
        className='input'
        type={type === 'number' ? 'number' : 'text'}
        value={form[key]}
        placeholder={placeholder}
        onInput={(e) => setForm({ ...form, [key]: e.detail.value })}
      />
    </View>
  )
  return (
    <PageRoot>
      <View className='card'>
        {field('name', '姓名', '请输入真实姓名')}
        {field('phone', '手机号', '11 位手机号，仅工作人员办事时可见', 'number')}
        {field('building', '楼栋', '如：3幢2单元')}
        <Text className='muted'>手机号和住址只用于为您办事，其他居民看不到。</Text>
        <Button id='profile-save' className='btn btn-primary' loading={saving} disabled={saving} onClick={save}>
          保存
        </Button>
      </View>
    </PageRoot>
  )
}
