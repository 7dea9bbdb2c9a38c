export * from './settings'
export * from './knowledge'
