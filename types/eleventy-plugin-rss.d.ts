declare module '@11ty/eleventy-plugin-rss' {
  /** Adds a virtual Atom/RSS/JSON feed template (see the plugin's documentation for options). */
  export const feedPlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  const rssPlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  export default rssPlugin;
}
