export default definePageConfig({ navigationBarTitleText: '年度回头看' })
