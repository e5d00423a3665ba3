export default definePageConfig({ navigationBarTitleText: '联系户' })
