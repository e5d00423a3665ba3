export default definePageConfig({ navigationBarTitleText: '未读名单' })
