// What the test run's global setup hands every test file: `inject('databaseUrl')`.
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
export {};
