import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

describe('event locations', () => {
  it('lists the cities and states of the cut and leaves the country to its own field', () => {
    const text = [
      'Pendant Publishing will cut 240 jobs in the UK, closing its printing plant in Leeds.',
      'About 60 of the roles are in Manchester, the company said.',
    ].join(' ');
    const event = extract(text, { published: '2025-06-02' }).event;
    expect(event?.locations).toEqual(['Leeds', 'Manchester']);
    expect(event?.country).toBe('GB');
  });

  it('leaves out a dateline, a place in an organisation’s name and a person’s surname', () => {
    const text = [
      'DENVER (Wire report) — Pendant Publishing will cut 240 jobs at its printing plant in Leeds,',
      'chief executive Laura Denver told staff, as the Boston Herald and the University of Northern',
      'Colorado both reported falling subscriptions. Denver said the cuts would end in June.',
    ].join(' ');
    const event = extract(text, { published: '2025-06-02' }).event;
    expect(event?.locations).toEqual(['Leeds']);
  });

  it('reads a town by its state after a preposition, and only there', () => {
    const text = [
      'Tamsin Motors will lay off 400 workers at its plant in Marlowe, Ohio, the company said.',
      'Tamsin, Ohio’s largest employer, said the plant would reopen in 2027.',
    ].join(' ');
    // "Tamsin, Ohio’s largest employer" names the state, not a town called Tamsin.
    expect(extract(text, { published: '2025-06-02' }).event?.locations).toEqual(['Marlowe, Ohio', 'Ohio']);
  });

  it('reads regions outside the US, a town by the site in it, and not where the work moves to', () => {
    const text = [
      'Brackley Foods is to close its factory in Yorkshire with the loss of 420 jobs.',
      'Production at its site in Wakefield will move to its plant in Leicester next year.',
    ].join(' ');
    const event = extract(text, { published: '2025-06-02' }).event;
    expect(event?.locations).toEqual(['Yorkshire', 'Wakefield']);
    expect(event?.country).toBe('GB');
    expect(extract(text, { published: '2025-06-02' }).mentions).toEqual([]);
  });

  it('names a town once, with its state, and reads a bakery closure as a closure', () => {
    const text = [
      'Brackley Foods to close Dayton bakery',
      '',
      'Brackley Foods will close its bakery in Dayton, Ohio, cutting about 450 jobs.',
      'Rival Tessera Brands announced 200 layoffs in February.',
    ].join('\n');
    const result = extract(text, { published: '2025-03-04' });
    expect(result.event?.locations).toEqual(['Dayton, Ohio']);
    expect(result.event?.evidence.locations?.map((e) => e.text)).toEqual(['Dayton, Ohio']);
    expect(result.event?.reasons).toContain('closure');
    // "Rival" describes the company; it is not part of its name.
    expect(result.mentions.map((m) => m.company)).toEqual(['Tessera Brands']);
  });

  it.each([
    ['Brackley Soft, the Paris-based software company, said it would cut 250 jobs.', 'FR'],
    ['Sydney-based Brackley Pty will make 80 roles redundant.', 'AU'],
    ['The Swedish fintech Brackley is cutting 150 jobs.', 'SE'],
  ])('takes the country from where the company is based when the cut names none: %s', (text, country) => {
    expect(extract(text, { published: '2025-03-06' }).event?.country).toBe(country);
  });
});
