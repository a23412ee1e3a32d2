import { describe, expect, it } from 'vitest';
import { draftProfile, optionsFragment, optionsStart } from '../../../browser/options-start';
import { validateProfile } from '../../../engine/profile/validate';

describe('optionsStart', () => {
  it('reads back what the side panel wrote: the template chooser, a draft of a page with any characters in its address and title', () => {
    expect(optionsStart(optionsFragment({ kind: 'templates' }))).toEqual({ kind: 'templates' });
    expect(optionsStart(`#${optionsFragment({ kind: 'templates' })}`)).toEqual({ kind: 'templates' });
    const draft = { kind: 'draft' as const, url: 'https://clinic.example/prices?a=1&b=2#x', title: 'Цены & услуги — «Улыбка»' };
    expect(optionsStart(optionsFragment(draft))).toEqual(draft);
  });
  it('opens the page as usual without a fragment or with another one', () => {
    for (const fragment of ['', '#', '#profiles', '#title=x', '#profile=dental&add-fact=x']) expect(optionsStart(fragment), fragment).toBeNull();
  });
});

describe('draftProfile', () => {
  it('binds a web page’s site by its host, without the port, and takes the page’s title for the name', () => {
    const profile = draftProfile('http://127.0.0.1:8080/clinic.html', 'Стоматология «Улыбка»');
    expect(profile).toMatchObject({ name: 'Стоматология «Улыбка»', languages: ['ru'], sites: ['http://127.0.0.1/*'] });
    expect(validateProfile(profile).ok).toBe(true);
    expect(draftProfile('https://crumb.example/menu', 'Crumb & Co.')).toMatchObject({ name: 'Crumb & Co.', languages: ['en'], sites: ['https://crumb.example/*'] });
  });
  it('names an untitled page after its host', () => {
    expect(draftProfile('https://crumb.example/', '  ').name).toBe('crumb.example');
  });
  it('binds no site for a file or for no URL', () => {
    expect(draftProfile('file:///home/me/landing.html', 'Landing').sites).toBeUndefined();
    expect(draftProfile('', 'Landing').sites).toBeUndefined();
  });
});
