/** Book a slot: contact (from the profile), optionally for someone else, the age for seniors' services, a note. */
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction, useApi } from '@/api/hooks'
import { useMe } from '@/api/me'
import { StateView } from '@/components/StateView'
import { PageRoot } from '@/components/PageRoot'
import { newRequestId, REMINDER_TEMPLATE_ID, slotLabel } from '../../labels'
import './index.scss'

async function askForReminder(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || !REMINDER_TEMPLATE_ID) return
  try {
    await Taro.requestSubscribeMessage({ tmplIds: [REMINDER_TEMPLATE_ID], entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option)
  } catch {
    // declining the reminder does not stop the booking
  }
}

export default function Book() {
  const params = useRouter().params
  const slotId = decodeURIComponent(params.slotId ?? '')
  const serviceId = decodeURIComponent(params.serviceId ?? '')
  const service = useApi('booking', 'service', { id: serviceId })
  const { me } = useMe()
  const [requestId] = useState(newRequestId)
  const [form, setForm] = useState({ name: '', phone: '', note: '', age: '', forOther: false, bName: '', bPhone: '', bAddress: '' })
  const { busy: saving, run } = useAction()
  useEffect(() => {
    if (me) setForm((f) => ({ ...f, name: f.name || me.name || '', phone: f.phone || me.phone || '' }))
  }, [me])
  const set = (key: keyof typeof form) => (e: { detail: { value: string } }) => setForm((f) => ({ ...f, [key]: e.detail.value }))
  const s = service.data
  const startAt = slotId.slice(slotId.indexOf(':') + 1)
  const endAt = s ? new Date(Date.parse(startAt) + s.slotMinutes * 60_000).toISOString() : startAt

  const submit = () =>
    run(
      async () => {
        await askForReminder()
        await call('booking', 'book', {
          slotId,
          requestId,
          contact: { name: form.name.trim(), phone: form.phone.trim() },
          ...(form.forOther ? { beneficiary: { name: form.bName.trim(), phone: form.bPhone.trim(), address: form.bAddress.trim() } } : {}),
          ...(form.age.trim() ? { age: Number(form.age) } : {}),
          ...(form.note.trim() ? { note: form.note.trim() } : {}),
        })
      },
      { ok: '预约成功', then: () => Taro.redirectTo({ url: '/packages/booking/pages/mine/index' }) },
    )

  if (!s) return <PageRoot><StateView loading={!service.error} error={service.error} onRetry={service.reload} /></PageRoot>
  const input = (key: keyof typeof form, label: string, placeholder: string, type: 'text' | 'number' = 'text') => (
    <View className='field'>
      <Text className='field-label'>{label}</Text>
      <Input id={`book-${key}`} className='input' type={type} value={String(form[key])} placeholder={placeholder} onInput={set(key)} />
    </View>
  )
  return (
    <PageRoot>
      <View className='card'>
        <Text className='card-title'>{s.name}</Text>
        <Text id='book-slot'>{slotLabel(startAt, endAt)}</Text>
        <Text className='muted book-where'>{s.atHome ? '工作人员上门服务' : s.location}</Text>
      </View>
      <View className='card'>
        {input('name', '联系人', '姓名')}
        {input('phone', '联系电话', '11 位手机号', 'number')}
        <View className='row field'>
          <Text>替家人或邻居预约</Text>
          <Text id='book-for-other' className={`tag ${form.forOther ? 'tag-red' : 'tag-gray'}`} onClick={() => setForm((f) => ({ ...f, forOther: !f.forOther }))}>
            {form.forOther ? '是' : '否'}
          </Text>
        </View>
        {form.forOther && (
          <View>
            {input('bName', '服务对象姓名', '如：钱桂芳')}
            {input('bPhone', '服务对象电话', '11 位手机号', 'number')}
            {input('bAddress', '服务对象住址', '如：望湖小区 4幢1单元101')}
          </View>
        )}
        {s.audience === 'seniors' && input('age', '服务对象年龄', '此服务面向 60 岁以上老人', 'number')}
        <View className='field'>
          <Text className='field-label'>备注（选填）</Text>
          <Textarea id='book-note' className='input textarea' value={form.note} maxlength={200} placeholder='需要工作人员提前知道的情况' onInput={set('note')} />
        </View>
        <Text className='muted'>开始前 {s.cancelCutoffMinutes / 60} 小时内不能自行取消；前一天晚上会提醒您。</Text>
        <Button id='book-submit' className='btn btn-primary' loading={saving} disabled={saving} onClick={submit}>
          确认预约
        </Button>
      </View>
    </PageRoot>
  )
}
