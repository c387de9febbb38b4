// Pashto: how reports name the parties, places and days.
import type { Lexicon } from '../common.js';

export const PS: Lexicon = {
  langs: ['ps'],
  actors: [
    ['(?<![\\p{L}])(?:د\\s+)?طالبان(?:و)?', 'Taliban'],
    ['(?<![\\p{L}])(?:دولتي|حکومتي|امنیتي|افغان)\\s+ځواکون(?:ه|و)', 'Afghan government forces'],
    ['(?<![\\p{L}])روسي\\s+ځواکون(?:ه|و)', 'Russian forces'],
  ],
  kinds: [
    ['(?:ښار|ښارګوټی|کلی)', 'populated'],
    ['(?:ولسوالۍ|ولسوالي)', 'admin2'],
    ['(?:ولایت|ولایتي)', 'admin1'],
  ],
  apposition: 'مرکز|ولایت',
  weekdays: ['یکشنبې|یکشنبه', 'دوشنبې|دوشنبه', 'سه ?شنبې|درېشنبې', 'چهارشنبې|چارشنبې', 'پنجشنبې|پنجشنبه', 'جمعې|جمعه', 'شنبې|شنبه'],
  yesterday: 'پرون',
  peaceful: 'بې له جګړې|پرته له جګړې|بې جګړې|د خبرو اترو وروسته',
  negation: 'نه',
};
