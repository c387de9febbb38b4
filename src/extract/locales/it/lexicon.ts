// Italian: how reports name the parties, places and days.
import type { Lexicon } from '../common.js';

export const IT: Lexicon = {
  langs: ['it'],
  actors: [
    ['(?<![\\p{L}])(?:i |dei |dai |ai |degli )?(?:talebani|taliban|insorti)(?![\\p{L}])', 'Taliban'],
    ['(?:le )?(?:forze (?:afghane|di sicurezza afghane)|esercito afghano)', 'Afghan government forces'],
    ['(?:le )?(?:forze|truppe) governative', 'government forces'],
    ['(?:le )?(?:forze|truppe) russe|(?:i )?russi', 'Russian forces'],
    ['(?:le )?(?:forze|truppe) ucraine|(?:gli )?ucraini', 'Ukrainian forces'],
  ],
  kinds: [
    ['(?:città|capoluogo|valico|villaggio|cittadina)(?: di)?', 'populated'],
    ['(?:distretto|distretti)(?: di)?', 'admin2'],
    ['(?:provincia|regione)(?: di)?', 'admin1'],
  ],
  apposition: 'capoluogo (?:della provincia )?di|nella provincia di|provincia di|al confine con',
  weekdays: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  yesterday: 'ieri',
  pointers: [['(?:il|del|al) (?:valico|capoluogo|centro)|(?:la|della) città|(?:il|del) villaggio', 'populated'], ['(?:il|del) distretto', 'admin2'], ['(?:la|della) provincia', 'admin1']],
  pronouns: 'loro|essi',
  months: ['gen(?:naio)?', 'feb(?:braio)?', 'mar(?:zo)?', 'apr(?:ile)?', 'mag(?:gio)?', 'giu(?:gno)?', 'lug(?:lio)?', 'ago(?:sto)?', 'set(?:tembre)?', 'ott(?:obre)?', 'nov(?:embre)?', 'dic(?:embre)?'],
  units: 'distretti|capoluoghi|province|città|valichi',
  numbers: ['uno|una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici'],
  peaceful: 'senza (?:combattere|combattimenti|resistenza|sparare un colpo)|dopo (?:i )?negoziati',
  negation: 'non',
};
