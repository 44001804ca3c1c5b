/**
 * The example blog in `content/`, built with the discreet plugin: `npm run build` publishes only
 * cleared posts to `_site/` and fails on anything that could identify a client.
 */
import { feedPlugin } from '@11ty/eleventy-plugin-rss';
import discreet from './plugins/eleventy.js';

export default function (eleventyConfig: any) {
  eleventyConfig.addPlugin(discreet);
  eleventyConfig.addPlugin(feedPlugin, {
    type: 'atom',
    outputPath: '/feed.xml',
    collection: { name: 'posts', limit: 20 },
    metadata: {
      language: 'en',
      title: 'Notes from the Duty Desk',
      subtitle: 'A social worker writes about the work, never about the people.',
      base: 'https://example.org/',
      author: { name: 'The Duty Desk' },
    },
  });
  eleventyConfig.addFilter('readableDate', (date: Date) =>
    date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
}

export const config = {
  dir: { input: 'content', output: '_site', data: '../_data', includes: '_includes' },
};
