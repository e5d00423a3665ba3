export default definePageConfig({ navigationBarTitleText: '部门考核' })
