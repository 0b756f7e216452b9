// Public surface of @tandem/coordinator.
export {}
