import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, detectDir, detectLang, readingMinutes } from '../../../src/core/lang.ts';
import { normalizeLangTag } from '../../../src/core/lang/tag.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const AR = 'أعلنت وزارة النقل اليوم عن خطة جديدة لتطوير شبكة الطرق في المدينة، وقالت إن المشروع سيستغرق ثلاث سنوات وسيوفر آلاف فرص العمل للشباب.';
const FA = 'وزارت نیرو امروز اعلام کرد که برنامه تازه‌ای برای کاهش مصرف برق در تابستان آماده شده است و اجرای آن از ماه آینده آغاز می‌شود.';
const UR = 'وزارت تعلیم نے آج اعلان کیا ہے کہ نئے تعلیمی سال سے تمام سرکاری سکولوں میں کمپیوٹر کی تعلیم لازمی ہوگی اور اساتذہ کی تربیت شروع کر دی گئی ہے۔';
const HE = 'משרד התחבורה הודיע היום על תוכנית חדשה לשיפור התחבורה הציבורית בעיר, הכוללת קווי אוטובוס חדשים והרחבת הרכבת הקלה.';
const ZH = '市政府今天宣布了一项新的公共交通计划，将在未来三年内新建两条地铁线路，并增加公交车的班次，方便市民出行。';
const JA = '市は今日、新しい公共交通計画を発表しました。今後三年間で地下鉄の路線を二本新設し、バスの本数も増やす予定です。';
const KO = '시 정부는 오늘 새로운 대중교통 계획을 발표했습니다. 앞으로 3년 동안 지하철 노선 두 개를 새로 만들 예정입니다.';
const RU = 'Городские власти сегодня объявили о новом плане развития общественного транспорта, который рассчитан на три года.';
const EN = 'The city council voted on Tuesday to approve a new budget that puts more money into the roads and the libraries of the town.';
const FR = 'Le conseil municipal a voté mardi un nouveau budget qui donne plus de moyens aux routes et aux bibliothèques de la ville.';
const DE = 'Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der mehr Geld für die Straßen und die Bibliotheken der Stadt vorsieht.';

describe('detectLang', () => {
  it.each([
    ['<html lang="EN-us"><body><p>x</p></body></html>', EN, 'en-US'],
    ['<html xml:lang="de"><body></body></html>', DE, 'de'],
    ['<html><head><meta http-equiv="Content-Language" content="fr, en"></head><body></body></html>', FR, 'fr'],
    ['<html><head><meta property="og:locale" content="ar_AR"></head><body></body></html>', AR, 'ar-AR'],
    ['<html lang="x-default"><body></body></html>', '', ''],
  ])('reads the markup: %s', (html, text, expected) => {
    expect(detectLang(parse(html), null, text)).toBe(expected);
  });

  it('prefers the nearest lang on the content over <html lang>', () => {
    const doc = parse('<html lang="en"><body><div lang="fr"><p id="c">x</p></div></body></html>');
    expect(detectLang(doc, doc.getElementById('c'), FR)).toBe('fr');
  });

  it('ignores a template lang="en" that the text contradicts', () => {
    expect(detectLang(parse('<html lang="en-US"><body></body></html>'), null, AR)).toBe('ar');
    expect(detectLang(parse('<html lang="en"><body></body></html>'), null, JA)).toBe('ja');
    expect(detectLang(parse('<html lang="ar"><body></body></html>'), null, FA)).toBe('fa');
  });

  it('keeps the declared language when the text is too short to contradict it', () => {
    expect(detectLang(parse('<html lang="en"><body></body></html>'), null, 'مرحبا')).toBe('en');
  });

  it.each([
    [AR, 'ar'], [FA, 'fa'], [UR, 'ur'], [HE, 'he'], [ZH, 'zh'], [JA, 'ja'], [KO, 'ko'], [RU, 'ru'],
    [EN, 'en'], [FR, 'fr'], [DE, 'de'], ['', ''],
  ])('guesses from the text alone: %s → %s', (text, expected) => {
    expect(detectLang(parse('<html><body></body></html>'), null, text.repeat(2))).toBe(expected);
  });
});

describe('normalizeLangTag', () => {
  it.each([['ar_AR', 'ar-AR'], ['zh-hant-tw', 'zh-Hant-TW'], ['iw', 'he'], ['und', ''], ['12', ''], [' en ', 'en']])('%s → %s', (raw, tag) => {
    expect(normalizeLangTag(raw)).toBe(tag);
  });
});

describe('detectDir', () => {
  it('uses the nearest explicit dir and skips auto', () => {
    const doc = parse('<html dir="rtl"><body><div dir="ltr"><p dir="auto" id="c">x</p></div></body></html>');
    expect(detectDir(doc.getElementById('c'), 'ar', AR)).toBe('ltr');
    expect(detectDir(doc.body, '', EN)).toBe('rtl');
  });

  it('ignores a page-wide dir="ltr" on plainly right-to-left text', () => {
    const doc = parse('<html dir="ltr"><body><p id="c">x</p></body></html>');
    expect(detectDir(doc.getElementById('c'), 'en', AR)).toBe('rtl');
  });

  it.each([['ar-EG', 'rtl'], ['fa', 'rtl'], ['he', 'rtl'], ['ckb', 'rtl'], ['yi', 'rtl'], ['en', 'ltr'], ['zh', 'ltr']])(
    'from the language %s → %s',
    (lang, dir) => {
      expect(detectDir(null, lang, '')).toBe(dir);
    },
  );

  it('falls back to the share of right-to-left letters', () => {
    expect(detectDir(null, '', AR)).toBe('rtl');
    expect(detectDir(null, '', `${EN} ${EN} ${EN} ${HE.slice(0, 20)}`)).toBe('ltr');
    expect(detectDir(null, '', '')).toBe('ltr');
  });
});

describe('RTL fixtures (markup as on real Arabic and Persian news sites)', () => {
  const cases = JSON.parse(readFileSync(join(FIXTURES, 'detect-rtl/cases.json'), 'utf8')) as Array<{ file: string; lang: string; dir: string }>;
  it.each(cases)('$file → $lang $dir', ({ file, lang, dir }) => {
    const doc = parse(readFileSync(join(FIXTURES, 'detect-rtl', file), 'utf8'));
    const root = doc.querySelector('article, .news-body, .news_body, .content') ?? doc.body;
    const text = root.textContent ?? '';
    const detected = detectLang(doc, root, text);
    expect(detected).toBe(lang);
    expect(detectDir(root, detected, text)).toBe(dir);
  });
});

describe('countWords', () => {
  it('counts words between spaces, ignoring punctuation-only chunks', () => {
    expect(countWords('The council — voted, today.', 'en')).toBe(4);
    expect(countWords(AR, 'ar')).toBe(AR.split(' ').length);
  });
  it('counts spaced text the same whether or not CJK text is also present', () => {
    const spaced = ' a — b…\u00a0 3,5\t«c» d’e · Ωμέγα ';
    expect(countWords(spaced, 'en')).toBe(6);
    // One Han character sends the same text through the per-token path: the spaced part counts the same.
    expect(countWords(`${spaced}中`, 'en')).toBe(7);
  });
  it('counts runs with a letter or digit, where the run starts with punctuation or holds one in the middle', () => {
    expect(countWords('—a x—y a— — 12 ·', 'en')).toBe(4);
    // A long run without letters is one run, not a word (and is read once: the pattern starts only at run starts).
    expect(countWords(`a ${'—'.repeat(100_000)} b`, 'en')).toBe(2);
  });
  it('counts CJK characters one each, and Latin words inside CJK text', () => {
    expect(countWords('市政府今天宣布', 'zh')).toBe(7);
    expect(countWords('東京でiPhone 16を買った', 'ja')).toBe(9);
  });
  it('splits Thai into words', () => {
    const words = countWords('ภาษาไทยเป็นภาษาที่สวยงาม', 'th');
    expect(words).toBeGreaterThanOrEqual(4);
    expect(words).toBeLessThanOrEqual(8);
  });
});

describe('readingMinutes', () => {
  const words = (n: number) => 'word '.repeat(n);
  it('is 0 for empty text and at least 1 otherwise', () => {
    expect(readingMinutes('', 'en')).toBe(0);
    expect(readingMinutes('   ', 'en')).toBe(0);
    expect(readingMinutes('hello', 'en')).toBe(1);
  });
  it('uses the language speed, falling back from region to language', () => {
    expect(readingMinutes(words(2280), 'en')).toBe(10); // 228 wpm
    expect(readingMinutes(words(1380), 'ar-EG')).toBe(10); // 138 wpm
    expect(readingMinutes(words(2000), 'xx')).toBe(10); // default 200 wpm
  });
  it('reads CJK in characters per minute, also without a language tag', () => {
    expect(readingMinutes('字'.repeat(2550), 'zh-TW')).toBe(10); // 255 cpm
    expect(readingMinutes('字'.repeat(2550), '')).toBe(10);
  });
});
