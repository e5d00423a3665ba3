export default definePageConfig({ navigationBarTitleText: '主题共商' })
