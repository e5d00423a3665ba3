/** 隐私保护指引: what we collect, who sees it, and how to get or delete your data. */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { call } from '@/api'
import { useAction } from '@/api/hooks'
import { useMe } from '@/api/me'
import { PageRoot } from '@/components/PageRoot'

const SECTIONS = [
  {
    title: '我们收集什么',
    body: '您主动填写的姓名、手机号、楼栋，以及您发布的公告、心愿、诉求、预约和活动签到记录。我们不读取通讯录、不获取精确位置，只有在您选择“附近”或提交诉求位置时才使用一次定位。',
  },
  {
    title: '谁能看到',
    body: '其他居民只能看到您的姓氏和楼栋。手机号和详细地址只给为您办事的工作人员：预约服务的社工、处理诉求的部门联络员、认领您心愿的党员。工作人员每一次查看居民联系方式都会被记录，管理员可以核查。',
  },
  {
    title: '保存多久',
    body: '办结的诉求和预约记录保存 3 年用于统计和回访，之后删除。您可以随时申请导出或删除您的个人信息。',
  },
  {
    title: '您的权利',
    body: '在“我的 → 个人资料”中可以修改资料；下面可以导出或删除您的个人信息。删除后，您的姓名、手机号和住址会被清除，您办过的事会匿名保留，以免影响他人的办事记录。',
  },
]

export default function Privacy() {
  const { busy, run } = useAction()
  const [exported, setExported] = useState<string>()
  const [deleted, setDeleted] = useState(false)
  const { reload } = useMe()

  const exportMine = () =>
    run(() => call('members', 'exportMine', {}), {
      then: async (out) => {
        setExported(`共 ${out.records.reduce((n, r) => n + r.items.length, 0)} 条记录，已复制到剪贴板`)
        await Taro.setClipboardData({ data: JSON.stringify(out, null, 2) })
      },
    })

  const deleteMine = () =>
    run(() => call('members', 'deleteMine', { confirm: true }), {
      confirm: { title: '删除个人信息', content: '将清除您的姓名、手机号和住址，且无法恢复。确定删除吗？' },
      ok: '已删除',
      then: async () => {
        setDeleted(true)
        await reload() // 我的 and every other page now show the profile without the name
      },
    })

  return (
    <PageRoot>
      {SECTIONS.map((s) => (
        <View key={s.title} className='card'>
          <Text className='card-title'>{s.title}</Text>
          <Text>{s.body}</Text>
        </View>
      ))}
      <Button id='privacy-export' className='btn' disabled={busy} onClick={exportMine}>
        导出我的个人信息
      </Button>
      {exported && <Text className='muted' id='privacy-exported'>{exported}</Text>}
      <Button id='privacy-delete' className='btn btn-plain' disabled={busy || deleted} onClick={deleteMine}>
        删除我的个人信息
      </Button>
      {deleted && (
        <Text className='muted' id='privacy-deleted'>
          您的姓名、手机号和住址已清除。以后需要办事时，可在“个人资料”中重新填写。
        </Text>
      )}
    </PageRoot>
  )
}
