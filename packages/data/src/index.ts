// Public surface of @tandem/data.
export {}
