// Public surface of @tandem/cli.
export {}
