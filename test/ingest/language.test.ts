import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, documentFromText } from '../../src/ingest/index.js';

test('languages are detected and given as ISO 639-1 codes', () => {
  const samples: [string, string][] = [
    ['en', 'The Taliban captured the provincial capital on Friday after government forces withdrew overnight, officials said.'],
    ['fr', 'Les talibans ont pris la capitale provinciale vendredi après le retrait des forces gouvernementales, selon des responsables.'],
    ['de', 'Die Taliban haben am Freitag die Provinzhauptstadt eingenommen, nachdem sich die Regierungstruppen in der Nacht zurückgezogen hatten.'],
    ['es', 'Los talibanes tomaron el viernes la capital provincial después de que las fuerzas del gobierno se retiraran durante la noche.'],
    ['it', 'I talebani hanno preso venerdì il capoluogo della provincia dopo il ritiro notturno delle forze governative, secondo fonti locali.'],
    ['ru', 'Талибы захватили столицу провинции в пятницу после того, как правительственные войска отступили ночью, сообщили чиновники.'],
    ['fa', 'طالبان روز جمعه پس از عقب نشینی نیروهای دولتی مرکز ولایت را تصرف کردند و مقامات محلی این خبر را تایید کردند.'],
    ['ps', 'طالبانو د جمعې په ورځ د ولایت مرکز ونیو، سیمه ییزو چارواکو وویل چې دولتي ځواکونه د شپې له خوا شاته شول او ښار یې پرېښود.'],
    ['ar', 'سيطرت حركة طالبان على عاصمة الولاية يوم الجمعة بعد انسحاب القوات الحكومية خلال الليل، بحسب ما قال مسؤولون محليون.'],
  ];
  for (const [lang, text] of samples) assert.equal(detectLanguage(text), lang, text);
});

test('an English quote inside a text in another script does not make it English', () => {
  const arabic = 'سيطرت حركة طالبان على عاصمة الولاية يوم الجمعة بعد انسحاب القوات الحكومية خلال الليل، بحسب ما قال مسؤولون محليون في المدينة وأكدوا ذلك. ';
  assert.equal(detectLanguage(arabic.repeat(3) + 'The ministry said that the attack was repelled and that the city was still with the army.'), 'ar');
});

test('short texts are undetermined; the input’s stated language is used when it gives one', () => {
  assert.equal(detectLanguage('Kunduz fell.'), 'und');
  assert.equal(documentFromText('Kunduz fell.').lang, 'und');
  assert.equal(documentFromText('Kunduz fell.', { lang: 'en' }).lang, 'en');
  assert.equal(documentFromText('Les talibans ont pris la capitale provinciale vendredi, selon des responsables locaux.', { lang: 'FR' }).lang, 'fr');
});
