export default definePageConfig({ navigationBarTitleText: '服务日程' })
