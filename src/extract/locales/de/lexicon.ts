// German: how reports name the parties, places and days.
import type { Lexicon } from '../common.js';

export const DE: Lexicon = {
  langs: ['de'],
  actors: [
    ['(?<![\\p{L}])(?:die |den |der )?(?:Taliban|Islamisten|Aufständischen)(?![\\p{L}])', 'Taliban'],
    ['(?:die |den )?afghanische[n]? (?:Streitkräfte|Truppen|Soldaten|Sicherheitskräfte)', 'Afghan government forces'],
    ['(?:die |den )?(?:Regierungstruppen|Regierungskräfte[n]?|Sicherheitskräfte)', 'government forces'],
    ['(?:die |den )?(?:russischen (?:Truppen|Streitkräfte[n]?|Soldaten)|Russland)', 'Russian forces'],
    ['(?:die |den )?ukrainischen (?:Truppen|Streitkräfte[n]?|Soldaten)', 'Ukrainian forces'],
  ],
  kinds: [
    ['(?:Stadt|Provinzhauptstadt|Hauptstadt|Ort|Grenzort|Grenzübergang)', 'populated'],
    ['(?:Bezirk|Bezirke|Bezirken|Distrikt)', 'admin2'],
    ['(?:Provinz)', 'admin1'],
  ],
  apposition: 'Hauptstadt der|der Provinz|in der Provinz',
  locative: 'in',
  weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag|Sonnabend'],
  yesterday: 'gestern',
  pointers: [['(?:die|diese) Stadt|(?:der|den|dieser) (?:Grenzübergang|Ort)', 'populated'], ['(?:der|den|diesen) (?:Bezirk|Distrikt)', 'admin2'], ['(?:die|diese) Provinz', 'admin1']],
  pronouns: 'sie',
  months: ['Januar|Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  units: 'Bezirke|Distrikte|Provinzhauptstädte|Provinzen|Städte|Grenzübergänge',
  numbers: ['eins|ein|einer|eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  peaceful: 'kampflos|ohne (?:Kampf|Kämpfe|Widerstand|einen Schuss)|nach Verhandlungen',
  negation: 'nicht|kein|keine',
};
