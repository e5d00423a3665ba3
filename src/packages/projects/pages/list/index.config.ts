export default definePageConfig({ navigationBarTitleText: '书记领航 · 服务项目' })
