export * from './settings'
export * from './knowledge'
export * from './calls'
export * from './language'
