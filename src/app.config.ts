// `cloud: true` is a real app.json key that Taro's AppConfig type does not list.
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/events/index', 'pages/services/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/members', pages: ['pages/profile/index', 'pages/points/index', 'pages/privacy/index', 'pages/audit/index', 'pages/roles/index', 'pages/shop/index', 'pages/my-redemptions/index', 'pages/handover/index', 'pages/rewards/index', 'pages/year-summary/index', 'pages/feedback/index'] },
    { root: 'packages/tickets', pages: ['pages/submit/index', 'pages/list/index', 'pages/detail/index'] },
    { root: 'packages/console', pages: ['pages/scorecards/index', 'pages/settings/index'] },
    { root: 'packages/bulletin', pages: ['pages/list/index', 'pages/detail/index', 'pages/publish/index', 'pages/unread/index', 'pages/points/index'] },
    {
      root: 'packages/wishes',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/post/index', 'pages/review/index', 'pages/report/index', 'pages/hours/index', 'pages/roster/index', 'pages/resources/index'],
    },
    {
      root: 'packages/events',
      pages: ['pages/detail/index', 'pages/checkin-screen/index', 'pages/scan/index', 'pages/pass/index', 'pages/themes/index', 'pages/attendance/index', 'pages/bases/index', 'pages/edit/index'],
    },
    { root: 'packages/surveys', pages: ['pages/list/index', 'pages/answer/index', 'pages/edit/index', 'pages/results/index'] },
    { root: 'packages/meetings', pages: ['pages/list/index', 'pages/detail/index', 'pages/propose/index', 'pages/edit/index', 'pages/record/index'] },
    { root: 'packages/booking', pages: ['pages/service/index', 'pages/book/index', 'pages/mine/index', 'pages/day/index', 'pages/ratings/index'] },
    { root: 'packages/visits', pages: ['pages/mine/index', 'pages/household/index', 'pages/coverage/index'] },
    { root: 'packages/street', pages: ['pages/dashboard/index'] },
  ],
  window: {
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '红驿',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f2ee',
  },
  tabBar: {
    color: '#6b6b6b',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-on.png' },
      { pagePath: 'pages/events/index', text: '活动', iconPath: 'assets/tab/events.png', selectedIconPath: 'assets/tab/events-on.png' },
      { pagePath: 'pages/services/index', text: '服务', iconPath: 'assets/tab/services.png', selectedIconPath: 'assets/tab/services-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
  // the report form picks the problem's place on a map (chooseLocation, falling back to getLocation)
  requiredPrivateInfos: ['chooseLocation', 'getLocation'],
  permission: { 'scope.userLocation': { desc: '用于标注您反映的问题所在位置' } },
  cloud: true,
} as Parameters<typeof defineAppConfig>[0])
