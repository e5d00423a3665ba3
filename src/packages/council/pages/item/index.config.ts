export default definePageConfig({ navigationBarTitleText: '清单事项' })
