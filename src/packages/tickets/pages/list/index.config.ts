export default definePageConfig({ navigationBarTitleText: '诉求工单' })
