import { describe, expect, it } from 'vitest';
import { detectLanguage, recordLanguage } from '../../src/extract/lang.js';
import { extractArticle } from '../../src/pipeline.js';

const GERMAN = 'Der Hafen von Vellby ist nach sechs Wochen Reparaturarbeiten an der Kaimauer wieder geöffnet worden, teilte die Hafenbehörde am Montag mit. Die Fähren zu den Inseln fahren ab Dienstag nach dem Winterfahrplan, und die Fischereiflotte ist bereits zurückgekehrt.';
const ENGLISH = 'The harbour at Vellby reopened on Monday after six weeks of repairs to the sea wall, the port authority said. Ferries to the islands will run on the winter timetable from Tuesday, and the fishing fleet has already returned.';
const FRENCH = "Le port de Vellby a rouvert lundi après six semaines de travaux sur la digue, a annoncé l'autorité portuaire. Les ferries vers les îles circuleront selon l'horaire d'hiver à partir de mardi.";

describe('detectLanguage', () => {
  it('names the language of a paragraph', () => {
    expect(detectLanguage(GERMAN)).toBe('de');
    expect(detectLanguage(ENGLISH)).toBe('en');
    expect(detectLanguage(FRENCH)).toBe('fr');
  });

  it('says nothing about a few words', () => {
    expect(detectLanguage('Hafen offen')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

describe('recordLanguage', () => {
  it('keeps the declared tag when the text agrees, region included', () => {
    expect(recordLanguage('de-AT', GERMAN)).toBe('de-AT');
  });

  it('takes the text language when none is declared', () => {
    expect(recordLanguage(null, FRENCH)).toBe('fr');
  });

  it('overrules a declaration the text plainly contradicts', () => {
    expect(recordLanguage('en', GERMAN)).toBe('de');
  });

  it('keeps the declaration when the text is too short to overrule it', () => {
    expect(recordLanguage('en', 'Der Hafen ist wieder offen, sagt die Behörde heute.')).toBe('en');
  });

  it('does not overrule between languages the detector confuses', () => {
    const malay = 'Pelabuhan Vellby dibuka semula pada hari Isnin selepas enam minggu kerja pembaikan tembok laut, kata pihak berkuasa pelabuhan. Feri ke pulau-pulau akan beroperasi mengikut jadual musim sejuk mulai hari Selasa, dan armada nelayan telah pun kembali.';
    const detected = detectLanguage(malay);
    expect(['ms', 'id']).toContain(detected);
    expect(recordLanguage('id', malay)).toBe('id');
    expect(recordLanguage('ms', malay)).toBe('ms');
  });
});

describe('the record', () => {
  it('gets its lang from the text of a page that declares none', () => {
    const page = `<!doctype html><html><head><title>Hafen wieder offen</title><meta property="og:type" content="article"></head><body><article><h1>Hafen wieder offen</h1>${`<p>${GERMAN}</p>`.repeat(3)}</article></body></html>`;
    expect(extractArticle(page, { url: 'https://hafen.example/a' }).lang).toBe('de');
  });
});
