// Public surface of @tandem/worker.
export {}
