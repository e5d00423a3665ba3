export default definePageConfig({ navigationBarTitleText: '登记成员单位' })
