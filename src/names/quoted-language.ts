/**
 * Phrases of Irish, Scottish Gaelic, Welsh and te reo Māori quoted in a post about language: "Chan eil
 * mi sgìth", "Nos da, cariad", "Ko Hikurangi te maunga". Their capitalised words are the language's
 * words, a song's title or a mountain of a pepeha, not a client's name, unless the phrase is someone
 * saying their own name ("Ko Tama tōku ingoa", "Is mise Niamh").
 */

/** Words of those languages that English never uses, so one in a quotation marks it as theirs. */
const FOREIGN_WORDS = new Set(`
  tá tha chan eil thu sé sí bhí agus níl ní gu dia duit dhuit slán oidhche mhath maith ciamar conas
  fuar sgìth tuirseach leat agat agam orm ort mise tusa
  yr yn ac fy dy mae dw dwi rwy wedi ddim iawn nos bore diolch croeso cariad hyd ydw ydy
  ko tōku toku tōna tona taku ingoa kia ora hoa nō ngā maunga awa waka hapū hapu tēnā tena koe kōrua koutou
  calon lân hen wlad nhadau cymru chroí chridhe grá mhuirnín stór leanbh
`.trim().split(/\s+/));

/** Someone giving their own name: "Ko Tama tōku ingoa", "Is mise Niamh", "Fy enw i yw Gethin", "Is e Ruairidh an t-ainm a th' orm". */
const OWN_NAME_BEFORE = /\b(?:is\s+mise|mise|fy\s+enw\s+(?:i\s+)?yw|fy\s+enw\s+i|is\s+[eéií]\s+)\s*$/iu;
const OWN_NAME_AFTER = /^\s+(?:tōku|toku|taku)\s+ingoa\b|^\s+(?:is\s+ainm\s+dom|an\s+t-ainm|(?:is\s+)?m['’]?\s*ainm)\b/iu;

const QUOTE = /["“]([^"“”\n]{2,160})["”]/gu;

/**
 * What a quoted phrase of one of those languages makes of the words from `start` to `end`: the
 * language's own words ('words'), someone giving their name in it ('name'), or nothing (undefined)
 * where they stand in no such phrase or are someone called out in it, whom the rest of the grammar judges.
 */
export function inForeignQuote(text: string, start: number, end: number): 'words' | 'name' | undefined {
  for (const m of text.matchAll(QUOTE)) {
    const from = m.index + 1, to = from + m[1].length;
    if (start < from || end > to) continue;
    const words = text.slice(from, to).toLowerCase().normalize('NFC').match(/[\p{L}'’-]+/gu) ?? [];
    if (!words.some((w) => FOREIGN_WORDS.has(w))) return undefined;
    const before = text.slice(from, start), after = text.slice(end, to);
    // "Tá sé fuar, Siobhán", "Dia duit, a Mháire": someone called by name, set off by a comma.
    const calledOut = /,\s*(?:a\s+)?$/u.test(before) || (/^\s*,/u.test(after) && !/\s/u.test(before.trim()));
    if (OWN_NAME_BEFORE.test(before) || OWN_NAME_AFTER.test(after)) return 'name';
    return calledOut ? undefined : 'words';
  }
  return undefined;
}
