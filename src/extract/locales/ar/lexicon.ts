// Arabic: how reports name the parties, places and days. Conjunctions and prepositions cling to
// words (وطالبان، لحركة), so names are matched with them.
import type { Lexicon } from '../common.js';

const CLITIC = '(?<![\\p{L}])(?:[وفبل]|لل|وال|ال)?';

export const AR: Lexicon = {
  langs: ['ar'],
  actors: [
    [`${CLITIC}(?:حركة\\s+)?["«]?طالبان`, 'Taliban'],
    [`${CLITIC}(?:القوات|قوات)\\s+(?:الأفغانية|الأمن الأفغانية)|${CLITIC}(?:الجيش|جيش)\\s+الأفغاني`, 'Afghan government forces'],
    [`${CLITIC}(?:القوات|قوات)\\s+(?:الحكومية|الحكومة)`, 'government forces'],
    [`${CLITIC}(?:قوات\\s+)?["«]?الدعم السريع`, 'Rapid Support Forces'],
    [`${CLITIC}(?:الجيش|جيش)\\s+السوداني`, 'Sudanese Armed Forces'],
    [`${CLITIC}(?:القوات|قوات)\\s+الروسية|${CLITIC}(?:الجيش|جيش)\\s+الروسي`, 'Russian forces'],
    [`${CLITIC}(?:القوات|قوات)\\s+الأوكرانية|${CLITIC}(?:الجيش|جيش)\\s+الأوكراني`, 'Ukrainian forces'],
    // The army of the country the report is about (the packs decide which one).
    [`${CLITIC}الجيش(?![\\p{L}])`, 'the army'],
  ],
  kinds: [
    ['(?:مدينة|بلدة|قرية|معبر|مركز)', 'populated'],
    ['(?:مديرية|منطقة|مقاطعة)', 'admin2'],
    ['(?:ولاية|محافظة|إقليم)', 'admin1'],
  ],
  apposition: 'عاصمة|مركز ولاية|ولاية|محافظة|إقليم|في ولاية',
  locative: 'في',
  weekdays: ['الأحد', 'الاثنين|الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  yesterday: 'أمس|البارحة',
  months: ['يناير|كانون الثاني', 'فبراير|شباط', 'مارس|آذار', 'أبريل|إبريل|نيسان', 'مايو|أيار', 'يونيو|يونيه|حزيران', 'يوليو|يوليه|تموز', 'أغسطس|آب', 'سبتمبر|أيلول', 'أكتوبر|تشرين الأول', 'نوفمبر|تشرين الثاني', 'ديسمبر|كانون الأول'],
  peaceful: '(?:دون|بدون) (?:قتال|مقاومة|معارك|إطلاق رصاصة)|بعد مفاوضات',
  negation: 'لم|لن|لا',
};
