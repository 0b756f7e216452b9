// Public surface of @tandem/model: GPT-J configuration, training graphs, optimizer, checkpoint I/O.
export * from './config.js'
