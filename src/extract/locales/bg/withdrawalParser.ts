// "Силите се изтеглиха от Файзабад", "напуснаха града".
import { localeParser, word } from '../common.js';
import { BG } from './lexicon.js';

export const bgWithdrawalParser = localeParser({
  name: 'bgWithdrawalParser',
  type: 'withdrawal',
  lexicon: BG,
  triggers: ['изтеглиха', 'изтегли', 'оттеглиха', 'напуснаха'],
  pattern: new RegExp(word('(?:се )?(?:из|от)тегли(?:ха)? от|напуснаха'), 'giu'),
  place: 'after',
  actor: 'before',
});
