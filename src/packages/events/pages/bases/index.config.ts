export default definePageConfig({ navigationBarTitleText: '附近的组织生活阵地' })
