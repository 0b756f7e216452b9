// Public surface of @tandem/model.
export {}
