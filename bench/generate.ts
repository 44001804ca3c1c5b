/**
 * A deterministic synthetic practitioner blog for the benchmark: seeded faker, fixed dates, so every
 * run and every machine measures the same text. Posts read like a careful practitioner's: people go
 * by declared aliases, places and numbers appear, some posts are drafts or scheduled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Faker, en } from '@faker-js/faker';

const ROLES = ['social worker', 'school counsellor', 'district nurse', 'family therapist', 'learning mentor', 'community psychiatric nurse'];
const SETTINGS = ['a drop-in centre', 'the ward', 'a primary school', 'a community clinic', 'a youth project', 'a housing office', 'the day centre'];
const TOPICS = ['waiting lists', 'sleep', 'money worries', 'grief', 'school refusal', 'housing', 'loneliness', 'medication', 'anger', 'trust', 'paperwork', 'supervision', 'burnout', 'boundaries'];
/** Big cities: naming one says little about a client (small towns are what the detectors look for). */
const CITIES = ['Manchester', 'Leeds', 'Glasgow', 'Birmingham', 'Bristol', 'Dublin', 'Chicago', 'Toronto', 'Melbourne', 'Sydney', 'Auckland', 'Houston', 'Philadelphia', 'Vancouver', 'Liverpool', 'Seattle'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Slots = { alias: string; other: string; city: string; topic: string; setting: string; role: string; month: string; n: number; m: number };

const SENTENCES: ((s: Slots) => string)[] = [
  (s) => `This week I kept coming back to ${s.topic}.`,
  (s) => `${s.alias} arrived early and sat by the window, the way ${s.alias} always does.`,
  (s) => `We spent most of the session on ${s.topic}, and only the last ten minutes on the plan.`,
  (s) => `I have worked in ${s.setting} for ${s.n} years and I still get this wrong.`,
  (s) => `${s.other} asked whether things get easier; I said they get different.`,
  (s) => `The referral took ${s.m} weeks to come through, which is about average for ${s.city} at the moment.`,
  (s) => `In ${s.month} the team lost two colleagues, and the caseload did not shrink.`,
  (s) => `As a ${s.role}, I am supposed to have answers. Mostly I have questions and a kettle.`,
  (s) => `There were ${s.n} of us in supervision on Thursday, and everyone had a story about ${s.topic}.`,
  (s) => `${s.alias} said something I wrote down afterwards: "I just want one thing to stay the same."`,
  (s) => `The conference in ${s.city} had a good session on ${s.topic}, although the coffee was terrible.`,
  (s) => `I rang the office ${s.m} times before anyone picked up.`,
  (s) => `Nobody trains you for the silence after bad news.`,
  (s) => `We made a list of ${s.n} small things that would help, and crossed off one.`,
  (s) => `${s.other} and ${s.alias} both told me, in different words, that they felt unheard.`,
  (s) => `Our service covers most of ${s.city} and the villages around it.`,
  (s) => `I keep a notebook of things that worked; page ${s.m * 3} is about ${s.topic}.`,
  (s) => `By ${s.month} the waiting list had grown to ${s.n * 40} families.`,
  (s) => `It is not my story to tell, so I will only say that it ended better than it began.`,
  (s) => `Some days the most useful thing I do is make a phone call on someone's behalf.`,
];

export interface GeneratedBlog {
  dir: string;
  posts: number;
  bytes: number;
}

/** Writes `count` posts plus layouts and an archive under `dir` (replacing what was there). */
export function generateBlog(dir: string, count: number, seed = 4242): GeneratedBlog {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'posts'), { recursive: true });
  fs.mkdirSync(path.join(dir, '_includes'), { recursive: true });
  write(dir, '_includes/post.njk', '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main><h1>{{ title }}</h1>\n<p><time>{{ page.date.toISOString().slice(0, 10) }}</time></p>\n{{ content | safe }}</main>\n<nav><a href="/">All posts</a></nav></body></html>\n');
  write(dir, 'posts/posts.json', JSON.stringify({ layout: 'post.njk', tags: ['post'] }));
  write(dir, 'index.njk', '---\npagination:\n  data: collections.post\n  size: 50\n  alias: entries\npermalink: "/{% if pagination.pageNumber > 0 %}page/{{ pagination.pageNumber + 1 }}/{% endif %}index.html"\n---\n<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes from practice</title></head><body><ul>\n{% for post in entries %}<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>\n{% endfor %}</ul></body></html>\n');
  let bytes = 0;
  const start = Date.UTC(2022, 0, 1);
  for (let i = 0; i < count; i++) {
    const date = new Date(start + i * 6 * 3_600_000 + faker.number.int(3_600_000));
    const aliases = [faker.person.firstName(), faker.person.firstName()];
    const city = faker.helpers.arrayElement(CITIES);
    const slots = (): Slots => ({
      alias: aliases[0], other: aliases[1], city, topic: faker.helpers.arrayElement(TOPICS),
      setting: faker.helpers.arrayElement(SETTINGS), role: faker.helpers.arrayElement(ROLES),
      month: faker.helpers.arrayElement(MONTHS), n: faker.number.int({ min: 2, max: 19 }), m: faker.number.int({ min: 2, max: 12 }),
    });
    const paragraphs = Array.from({ length: faker.number.int({ min: 4, max: 9 }) }, () =>
      Array.from({ length: faker.number.int({ min: 3, max: 6 }) }, () => faker.helpers.arrayElement(SENTENCES)(slots())).join(' '));
    const heading = `## What ${faker.helpers.arrayElement(TOPICS)} taught me`;
    const body = [paragraphs[0], heading, ...paragraphs.slice(1)].join('\n\n');
    const title = `${faker.helpers.arrayElement(['Notes on', 'Thinking about', 'A week of', 'On'])} ${faker.helpers.arrayElement(TOPICS)}`;
    const extra = i % 50 === 7 ? 'draft: true\n' : i % 50 === 13 ? `publishAfter: ${new Date(Date.UTC(2099, 0, 1)).toISOString().slice(0, 10)}\n` : '';
    const text = `---\ntitle: ${JSON.stringify(title)}\ndate: ${date.toISOString().slice(0, 10)}\npseudonyms: [${aliases.map((a) => JSON.stringify(a)).join(', ')}]\n${extra}---\n\n${body}\n`;
    const name = `posts/${date.toISOString().slice(0, 10)}-${String(i).padStart(5, '0')}.md`;
    write(dir, name, text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, posts: count, bytes };
}

function write(dir: string, name: string, text: string): void {
  fs.writeFileSync(path.join(dir, name), text);
}
