/** 隐私保护指引: what we collect, who sees it, and how to get or delete your data. */
import { Text, View } from '@tarojs/components'

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
    body: '在“我的 → 个人资料”中可以修改资料。导出和删除个人信息请联系社区党群服务中心，或使用“我的”页面中的相应入口（上线后提供）。删除后，您发布的内容会匿名保留，以免影响他人的办事记录。',
  },
]

export default function Privacy() {
  return (
    <View className='page'>
      {SECTIONS.map((s) => (
        <View key={s.title} className='card'>
          <Text className='card-title'>{s.title}</Text>
          <Text>{s.body}</Text>
        </View>
      ))}
    </View>
  )
}
