/**
 * Links to a person's own page: social profiles (Instagram, Facebook, TikTok, X/Twitter, LinkedIn,
 * YouTube @handles, Threads, ...), fundraisers and personal shops (GoFundMe, JustGiving, Etsy,
 * Patreon...), and profile paths (/@name, /u/name, /profile/name).
 * A link to a platform's own pages (help, explore, hashtags, groups) names no one.
 *
 * Blogs are different: a Substack, a WordPress or Blogspot site, a Medium article or an author page
 * is how practitioners cite what they read and link their own writing. Such an address is reported
 * only when the sentence says it is someone else's own page ("her blog", "his daughter's page");
 * otherwise it is a note.
 */
import type { Candidate, DetectContext, Recognizer } from './types.js';
import { matchesOf } from './util.js';
import { sentenceByMarks } from '../sentence.js';
import { CLOSE_FAMILY, words } from '../names/person-words.js';

/** "her", "his", "their", "her son's", "the client's": whose page it is. */
const OWNER = String.raw`his|her|their|(?:${words(CLOSE_FAMILY)}|partner|client|family|nan|gran|aunt|uncle|cousin|boyfriend|girlfriend)['’]s`;

const SOCIAL_HOSTS = [
  'instagram\\.com', 'facebook\\.com', 'fb\\.com', 'm\\.facebook\\.com', 'tiktok\\.com', 'twitter\\.com', 'x\\.com',
  'threads\\.net', 'linkedin\\.com/in', 'youtube\\.com/(?:@|c/|channel/|user/)', 'snapchat\\.com/add', 'pinterest\\.[a-z.]+',
  'reddit\\.com/u(?:ser)?', 'github\\.com', 'linktr\\.ee', 'patreon\\.com', 'ko-fi\\.com', 'venmo\\.com',
  'cash\\.app', 'paypal\\.me', 'gofundme\\.com/f', 'justgiving\\.com/(?:crowdfunding|fundraising|page)',
  'givealittle\\.co\\.nz/cause', 'spotfund\\.com', 'gogetfunding\\.com', 'mycause\\.com\\.au/page', 'chuffed\\.org/project',
  'etsy\\.com/shop', 'soundcloud\\.com', 'vimeo\\.com', 'flickr\\.com/photos', 'behance\\.net', 'deviantart\\.com',
  'bsky\\.app/profile', 'mastodon\\.social/@', 'twitch\\.tv', 'strava\\.com/athletes', 'onlyfans\\.com', 'wa\\.me', 't\\.me',
  // A reviewer's page: every review they have left, under their name.
  'google\\.[a-z.]+/maps/contrib', 'tripadvisor\\.[a-z.]+/Profile', 'yelp\\.[a-z.]+/user_details', 'trustpilot\\.com/users',
];
const HOSTED_BLOGS = 'wordpress|blogspot|substack|tumblr|wixsite|weebly|carrd|bandcamp|squarespace|webflow|github|ghost|beehiiv';
/** A handle or account on any host ("/@name" on a Mastodon server, "/u/name"). */
const PROFILE_PATH = '(?:@|u/|user/|users/|profile/|profiles/|members?/)';
/** A page about a writer or a member of staff: "/~name", "/author/name", "/people/name". */
const AUTHOR_PATH = '(?:~|people/|author/|authors/|staff/|team/)';
const URL_TAIL = String.raw`[^\s)\]>"'<]*[^\s)\]>"'<.,;:!?]`;

const PROFILE_URL = new RegExp(
  String.raw`(?<![\w.@-])(?:https?://)?(?:www\.|m\.|[a-z]{2}\.)?(?:${SOCIAL_HOSTS.join('|')})/?${URL_TAIL}` +
  String.raw`|https?://(?!(?:www\.)?medium\.com/)[^\s/)\]]+/${PROFILE_PATH}${URL_TAIL}`,
  'gi',
);

const BLOG_URL = new RegExp(
  String.raw`(?<![\w.@-])(?:https?://)?[a-z0-9-]+\.(?:${HOSTED_BLOGS})\.(?:com|io|net|co|site|app|so)(?:/${URL_TAIL})?` +
  String.raw`|(?<![\w.@-])(?:https?://)?(?:www\.)?medium\.com/${URL_TAIL}` +
  String.raw`|https?://[^\s/)\]]+/${AUTHOR_PATH}${URL_TAIL}`,
  'gi',
);

/**
 * Any web address that the sentence calls someone's own page ("his blog is at www.tomreilly.com",
 * "her mum's website, kayknits.ie"): an own domain leads to the person as surely as a profile.
 */
const OWN_SITE = new RegExp(
  String.raw`\b(?:${OWNER})\s+(?:own\s+|new\s+|personal\s+|art\s+|business\s+)?(?:blog|website|web\s?site|site|page|portfolio|shop|podcast|newsletter)` +
  String.raw`(?:\s+(?:is|was|lives|sits))?(?:\s+(?:at|on))?[\s:,(]+((?:https?://)?(?:www\.)?[a-z0-9-]{3,}\.(?:com|net|blog|site|me|io|co\.uk|ie|com\.au|co\.nz|ca|us)(?:/${URL_TAIL})?)(?![\w.-]*\w)`,
  'giud',
);

/** Platform pages that are not anybody's profile. */
const PLATFORM_PAGES = /\.(?:com|net|ee|app|me|tv)\/(?:explore|hashtag|tags?|search|help|about|legal|privacy|policies|terms|groups|events|watch|share|login|signup|settings|jobs|business|ads|stories\/highlights)\b|\.(?:com|net)\/?$/i;

export const profileUrl: Recognizer = {
  id: 'profile-url',
  category: 'contact',
  description: "Links to a person's social profile, fundraiser, shop or personal page",
  detect(ctx) {
    const { text } = ctx;
    const found: Candidate[] = [];
    for (const m of matchesOf(text, OWN_SITE)) {
      const span = m.indices?.[1];
      if (span) found.push(profileCandidate(span[0], span[1], m[1]));
    }
    for (const m of matchesOf(text, PROFILE_URL)) {
      if (PLATFORM_PAGES.test(m[0]) || !/[/.][\w@~-]{2,}/.test(m[0].replace(/^https?:\/\//, ''))) continue;
      found.push(profileCandidate(m.index, m.index + m[0].length, m[0]));
    }
    for (const m of matchesOf(text, BLOG_URL)) {
      if (found.some((f) => f.start <= m.index && m.index < f.end)) continue;
      found.push(someonesOwnPage(contextOf(ctx, m.index, m.index + m[0].length)) ? profileCandidate(m.index, m.index + m[0].length, m[0]) : blogNote(m.index, m.index + m[0].length, m[0]));
    }
    return found;
  },
};

/** "her blog", "his daughter's page": a page the sentence says is a third person's own. */
const OWN_PAGE = new RegExp(String.raw`\b(?:${OWNER})\s+(?:own\s+|new\s+|personal\s+|little\s+)?(?:page|blog|site|website|account|profile|channel|shop|newsletter|podcast|diary|journal)\b`, 'i');

/**
 * "She asked me to share [her page](...)", "her son's blog": a third person's own page. A reading
 * ("her essay on burnout", "this guide") or the blogger's own ("my Substack") is not.
 */
function someonesOwnPage(sentence: string): boolean {
  const shared = /\b(?:she|he|they)(?:['’](?:s|d|ve))?\b[^.!?]{0,40}\b(?:asked me to share|wants? (?:me|us|people) to (?:see|follow|read)|started|set up|writes|keeps|keeping|kept|runs|running|been writing|been posting)\b/i;
  return OWN_PAGE.test(sentence) || shared.test(sentence);
}

/** The sentence around an address; for a link's target (kept apart from the text), the paragraph holding the link. */
function contextOf(ctx: DetectContext, start: number, end: number): string {
  const segment = ctx.segmentAt(start);
  if (segment?.kind !== 'url') return sentenceByMarks(ctx.text, start, end);
  const index = ctx.segments.indexOf(segment);
  const paragraph = ctx.segments.slice(0, index).reverse().find((s) => s.kind !== 'url');
  return paragraph ? ctx.text.slice(paragraph.start, paragraph.end) : '';
}

function blogNote(start: number, end: number, shown: string): Candidate {
  return {
    start, end, category: 'contact', severity: 'low',
    message: `"${shown}" is a blog or author page: fine as a reading or as your own writing`,
    hint: "Remove it if it is a client's or a client's family's own page.",
  };
}

function profileCandidate(start: number, end: number, shown: string): Candidate {
  return {
    start, end, category: 'contact', severity: 'high',
    message: `A link to a personal page ("${shown}") leads readers straight to the person`,
    hint: 'Remove the link; describe the work ("she draws herons") without pointing to it.',
  };
}
