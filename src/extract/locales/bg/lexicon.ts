// Bulgarian: how reports name the parties, places and days.
import type { Lexicon } from '../common.js';

export const BG: Lexicon = {
  langs: ['bg'],
  actors: [
    ['(?<![\\p{L}])талиб(?:ите|ани|аните)(?![\\p{L}])|(?<![\\p{L}])Талибан(?![\\p{L}])', 'Taliban'],
    ['(?:правителствени|афганск(?:и|ите))(?:те)? (?:сили|войски|части)|силите за сигурност', 'Afghan government forces'],
    ['руски(?:те)? (?:сили|войски)', 'Russian forces'],
    ['украински(?:те)? (?:сили|войски)', 'Ukrainian forces'],
  ],
  kinds: [
    ['(?:град|градът|градa|пристанище)', 'populated'],
    ['(?:окръг|окръга|район|района)', 'admin2'],
    ['(?:провинция|провинцията|област)', 'admin1'],
  ],
  apposition: 'столица(?:та)?|център(?:ът)?|провинция',
  weekdays: ['неделя', 'понеделник', 'вторник', 'сряда', 'четвъртък', 'петък', 'събота'],
  yesterday: 'вчера',
  pointers: [['градът|града', 'populated'], ['окръгът|окръга|районът|района', 'admin2']],
  inflections: [['а', ''], ['ът', '']],
  pronouns: 'те',
};
