export default definePageConfig({ navigationBarTitleText: '大党委成员单位' })
