// Public surface of the coordinator's dashboard.
export { type DashboardComponents, type DashboardInit, DashboardServer, isLoopbackHost } from './server.js'
export { type DashboardSnapshot, emptySnapshot } from './snapshot.js'
