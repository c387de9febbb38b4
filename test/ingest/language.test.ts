import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, documentFromText } from '../../src/ingest/index.js';

test('languages are detected and given as ISO 639-1 codes', () => {
  const samples: [string, string][] = [
    ['en', 'The Taliban captured the provincial capital on Friday after government forces withdrew overnight, officials said.'],
    ['fr', 'Les talibans ont pris la capitale provinciale vendredi après le retrait des forces gouvernementales, selon des responsables.'],
    ['ru', 'Талибы захватили столицу провинции в пятницу после того, как правительственные войска отступили ночью, сообщили чиновники.'],
    ['fa', 'طالبان روز جمعه پس از عقب نشینی نیروهای دولتی مرکز ولایت را تصرف کردند و مقامات محلی این خبر را تایید کردند.'],
    ['ps', 'طالبانو د جمعې په ورځ د ولایت مرکز ونیو، سیمه ییزو چارواکو وویل چې دولتي ځواکونه د شپې له خوا شاته شول او ښار یې پرېښود.'],
    ['ar', 'سيطرت حركة طالبان على عاصمة الولاية يوم الجمعة بعد انسحاب القوات الحكومية خلال الليل، بحسب ما قال مسؤولون محليون.'],
  ];
  for (const [lang, text] of samples) assert.equal(detectLanguage(text), lang, text);
});

test('short texts are undetermined; the input’s stated language is used when it gives one', () => {
  assert.equal(detectLanguage('Kunduz fell.'), 'und');
  assert.equal(documentFromText('Kunduz fell.').lang, 'und');
  assert.equal(documentFromText('Kunduz fell.', { lang: 'en' }).lang, 'en');
  assert.equal(documentFromText('Les talibans ont pris la capitale provinciale vendredi, selon des responsables locaux.', { lang: 'FR' }).lang, 'fr');
});
