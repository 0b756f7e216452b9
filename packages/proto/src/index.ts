// Public surface of @tandem/proto: wire schemas, generated code, shared types and errors.
export * from './errors.js'
export * from './version.js'
export * from './batch.js'
export * from './messages.js'
export * from './protocols.js'
