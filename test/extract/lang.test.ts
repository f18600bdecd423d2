import { describe, expect, it, vi } from 'vitest';
import { contradicts, detectLanguage, recordLanguage } from '../../src/extract/lang.js';
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

const RUSSIAN = 'Порт Веллби снова открылся в понедельник после шести недель ремонта морской стены, сообщили в портовой администрации. Паромы на острова будут ходить по зимнему расписанию со вторника, а рыболовный флот уже вернулся в гавань.';
const POLISH = 'Port w Vellby został ponownie otwarty w poniedziałek po sześciu tygodniach naprawy falochronu, poinformował zarząd portu. Promy na wyspy będą kursować według rozkładu zimowego od wtorku, a flota rybacka już wróciła.';
const SPANISH = 'El puerto de Vellby reabrió el lunes después de seis semanas de obras en el rompeolas, según informó la autoridad portuaria. Los transbordadores a las islas circularán con el horario de invierno desde el martes.';
const LISTING = 'Running Graphic T-Shirt oversized fit GS Black $36 Geo Seamless T-Shirt slim fit Storm Blue $36 Shadow Seamless T-Shirt muscle fit Black $38 Arrival Block T-Shirt White $19.20 Vital Seamless T-Shirt slim fit';

describe('contradicts (the test that decides whether the detector is asked)', () => {
  it('passes text written in the declared language', () => {
    expect(contradicts('en', ENGLISH)).toBe(false);
    expect(contradicts('de', GERMAN)).toBe(false);
    expect(contradicts('fr', FRENCH)).toBe(false);
    expect(contradicts('es', SPANISH)).toBe(false);
    expect(contradicts('ru', RUSSIAN)).toBe(false);
    expect(contradicts('pl', POLISH)).toBe(false);
  });

  it('doubts text whose common words are another language\'s', () => {
    expect(contradicts('en', GERMAN)).toBe(true);
    expect(contradicts('de', ENGLISH)).toBe(true);
    expect(contradicts('it', SPANISH)).toBe(true);
    expect(contradicts('pl', ENGLISH)).toBe(true);
  });

  it('doubts text in another script than the declared language\'s', () => {
    expect(contradicts('en', RUSSIAN)).toBe(true);
    expect(contradicts('ru', ENGLISH)).toBe(true);
    expect(contradicts('ja', ENGLISH)).toBe(true);
  });

  it('does not doubt text that holds few common words of any language, or few letters', () => {
    expect(contradicts('en', LISTING)).toBe(false);
    expect(contradicts('de', LISTING)).toBe(false);
    expect(contradicts('en', '12:30 4-1 (2-0) 15:45 0-0 18:00 3-2 20:45 1-1 '.repeat(8))).toBe(false);
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
    expect(recordLanguage('en-US', RUSSIAN)).toBe('ru');
    expect(recordLanguage('de', ENGLISH)).toBe('en');
  });

  it('names languages in their own script and in Latin script beyond the common-word lists', () => {
    expect(detectLanguage(RUSSIAN)).toBe('ru');
    expect(detectLanguage(POLISH)).toBe('pl');
    expect(detectLanguage(SPANISH)).toBe('es');
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

describe('loading the detector', () => {
  it('happens only when a page needs it: never for pages written in the language they declare', async () => {
    vi.resetModules();
    const lang = await import('../../src/extract/lang.js');
    const { extractArticle: extractFresh } = await import('../../src/pipeline.js');
    const page = (htmlLang: string, text: string): string =>
      `<!doctype html><html${htmlLang}><head><title>Harbour</title><meta property="og:type" content="article"></head><body><article><h1>Harbour</h1>${`<p>${text}</p>`.repeat(3)}</article></body></html>`;
    expect(extractFresh(page(' lang="en"', ENGLISH), { url: 'https://harbour.example/a' }).lang).toBe('en');
    expect(extractFresh(page(' lang="de"', GERMAN), { url: 'https://harbour.example/b' }).lang).toBe('de');
    expect(lang.detectorLoaded()).toBe(false);
    expect(extractFresh(page('', FRENCH), { url: 'https://harbour.example/c' }).lang).toBe('fr');
    expect(lang.detectorLoaded()).toBe(true);
  });
});

describe('the record', () => {
  it('gets its lang from the text of a page that declares none', () => {
    const page = `<!doctype html><html><head><title>Hafen wieder offen</title><meta property="og:type" content="article"></head><body><article><h1>Hafen wieder offen</h1>${`<p>${GERMAN}</p>`.repeat(3)}</article></body></html>`;
    expect(extractArticle(page, { url: 'https://hafen.example/a' }).lang).toBe('de');
  });
});
