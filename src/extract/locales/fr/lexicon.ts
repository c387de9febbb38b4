// French: how reports name the parties, places and days.
import type { Lexicon } from '../common.js';

export const FR: Lexicon = {
  langs: ['fr'],
  actors: [
    ['(?<![\\p{L}])(?:les |des |aux )?(?:talibans?|insurgés)(?![\\p{L}])', 'Taliban'],
    ['(?:les )?(?:forces afghanes|armée afghane)', 'Afghan government forces'],
    ['(?:les )?(?:forces|troupes) gouvernementales', 'government forces'],
    ['(?:les )?(?:forces|troupes) russes|(?:les )?Russes', 'Russian forces'],
    ['(?:les )?(?:forces|troupes) ukrainiennes|(?:les )?Ukrainiens', 'Ukrainian forces'],
  ],
  kinds: [
    ['(?:ville|chef-lieu|capitale provinciale|poste-frontière|localité|village)(?: de| d[\'’])?', 'populated'],
    ['(?:district|districts)(?: de| d[\'’])?', 'admin2'],
    ['(?:province|région)(?: de| d[\'’])?', 'admin1'],
  ],
  apposition: 'capitale (?:de la province )?d(?:e|[\'’])|chef-lieu (?:de la province )?d(?:e|[\'’])|dans la province d(?:e|[\'’])|province d(?:e|[\'’])',
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  yesterday: 'hier',
  pointers: [['(?:la|cette) ville|(?:le|ce) (?:poste-frontière|chef-lieu|village)', 'populated'], ['(?:le|ce) district', 'admin2'], ['(?:la|cette) province', 'admin1']],
  pronouns: 'ils',
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  units: 'districts|capitales provinciales|chefs-lieux|provinces|villes|postes-frontières',
  numbers: ['un|une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  peaceful: 'sans (?:combat|combats|combattre|résistance|tirer un coup de feu)|après des négociations',
  negation: 'pas|n[\'’]ont|n[\'’]a',
};
