/**
 * Links to a person's own page: social profiles (Instagram, Facebook, TikTok, X/Twitter, LinkedIn,
 * YouTube @handles, Threads, ...), fundraisers and personal shops (GoFundMe, JustGiving, Etsy,
 * Patreon...), personal blogs on hosted platforms, and profile paths (/~name, /@name, /people/name).
 * A link to a platform's own pages (help, explore, hashtags, groups) names no one.
 */
import type { Candidate, Recognizer } from './types.js';
import { matchesOf } from './util.js';

const PERSONAL_HOSTS = [
  'instagram\\.com', 'facebook\\.com', 'fb\\.com', 'm\\.facebook\\.com', 'tiktok\\.com', 'twitter\\.com', 'x\\.com',
  'threads\\.net', 'linkedin\\.com/in', 'youtube\\.com/(?:@|c/|channel/|user/)', 'snapchat\\.com/add', 'pinterest\\.[a-z.]+',
  'reddit\\.com/u(?:ser)?', 'github\\.com', 'medium\\.com/@', 'linktr\\.ee', 'patreon\\.com', 'ko-fi\\.com', 'venmo\\.com',
  'cash\\.app', 'paypal\\.me', 'gofundme\\.com/f', 'justgiving\\.com/(?:crowdfunding|fundraising|page)',
  'givealittle\\.co\\.nz/cause', 'spotfund\\.com', 'gogetfunding\\.com', 'mycause\\.com\\.au/page', 'chuffed\\.org/project',
  'etsy\\.com/shop', 'soundcloud\\.com', 'vimeo\\.com', 'flickr\\.com/photos', 'behance\\.net', 'deviantart\\.com',
  'bsky\\.app/profile', 'mastodon\\.social/@', 'twitch\\.tv', 'strava\\.com/athletes', 'onlyfans\\.com', 'wa\\.me', 't\\.me',
];
const HOSTED_BLOGS = 'wordpress|blogspot|substack|tumblr|wixsite|weebly|carrd|bandcamp|squarespace|webflow|github';
const PROFILE_PATH = '(?:~|@|u/|user/|users/|people/|profile/|profiles/|members?/|author/)';
const URL_TAIL = String.raw`[^\s)\]>"'<]*[^\s)\]>"'<.,;:!?]`;

const PROFILE_URL = new RegExp(
  String.raw`(?<![\w.@-])(?:https?://)?(?:www\.|m\.|[a-z]{2}\.)?(?:${PERSONAL_HOSTS.join('|')})/?${URL_TAIL}` +
  String.raw`|(?<![\w.@-])(?:https?://)?[a-z0-9-]+\.(?:${HOSTED_BLOGS})\.(?:com|io|net|co|site)(?:/${URL_TAIL})?` +
  String.raw`|https?://[^\s/)\]]+/${PROFILE_PATH}${URL_TAIL}`,
  'gi',
);

/**
 * Any web address that the sentence calls someone's own page ("his blog is at www.tomreilly.com",
 * "her mum's website, kayknits.ie"): an own domain leads to the person as surely as a profile.
 */
const OWN_SITE = new RegExp(
  String.raw`\b(?:his|her|their|(?:mum|mom|dad|mother|father|son|daughter|sister|brother|wife|husband|partner|client|family|nan|gran|aunt|uncle|cousin|boyfriend|girlfriend)['’]s)\s+(?:own\s+|new\s+|personal\s+|art\s+|business\s+)?(?:blog|website|web\s?site|site|page|portfolio|shop|podcast|newsletter)` +
  String.raw`(?:\s+(?:is|was|lives|sits))?(?:\s+(?:at|on))?[\s:,(]+((?:https?://)?(?:www\.)?[a-z0-9-]{3,}\.(?:com|net|blog|site|me|io|co\.uk|ie|com\.au|co\.nz|ca|us)(?:/${URL_TAIL})?)(?![\w.-]*\w)`,
  'giud',
);

const HOSTED_BLOG_HOST = new RegExp(String.raw`^(?:https?://)?[a-z0-9-]+\.(?:${HOSTED_BLOGS})\.`, 'i');
/** Platform pages that are not anybody's profile. */
const PLATFORM_PAGES = /\.(?:com|net|ee|app|me|tv)\/(?:explore|hashtag|tags?|search|help|about|legal|privacy|policies|terms|groups|events|watch|share|login|signup|settings|jobs|business|ads|stories\/highlights)\b|\.(?:com|net)\/?$/i;

export const profileUrl: Recognizer = {
  id: 'profile-url',
  category: 'contact',
  description: "Links to a person's social profile, fundraiser, shop or personal page",
  detect({ text }) {
    const found: Candidate[] = [];
    for (const m of matchesOf(text, OWN_SITE)) {
      const span = m.indices?.[1];
      if (span) found.push(profileCandidate(span[0], span[1], m[1]));
    }
    for (const m of matchesOf(text, PROFILE_URL)) {
      if ((PLATFORM_PAGES.test(m[0]) && !HOSTED_BLOG_HOST.test(m[0])) || !/[/.][\w@~-]{2,}/.test(m[0].replace(/^https?:\/\//, ''))) continue;
      found.push(profileCandidate(m.index, m.index + m[0].length, m[0]));
    }
    return found;
  },
};

function profileCandidate(start: number, end: number, shown: string): Candidate {
  return {
    start, end, category: 'contact', severity: 'high',
    message: `A link to a personal page ("${shown}") leads readers straight to the person`,
    hint: 'Remove the link; describe the work ("she draws herons") without pointing to it.',
  };
}
