export default definePageConfig({ navigationBarTitleText: '领办服务项目' })
