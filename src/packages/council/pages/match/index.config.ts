export default definePageConfig({ navigationBarTitleText: '需求对接' })
