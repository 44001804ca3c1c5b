declare module '@11ty/eleventy' {
  /** Eleventy's programmatic API (used by the tests to build fixture sites). */
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
    setIncrementalFile(inputPath: string): void;
  }
}
