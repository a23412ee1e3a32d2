import { describe, expect, it } from 'vitest';
import { canonicalUrl, normalisePercentEncoding, resolveLink, sameOrigin } from '../../../../engine/site/canonical';

describe('canonicalUrl: one spelling per page', () => {
  it('lower-cases scheme and host, drops the default port and the fragment', () => {
    expect(canonicalUrl('HTTPS://Shop.Example.TEST:443/Menu#today')).toBe('https://shop.example.test/Menu');
    expect(canonicalUrl('http://shop.example.test:80/')).toBe('http://shop.example.test/');
  });

  it('keeps a port that is not the default, and the case of the path', () => {
    expect(canonicalUrl('http://shop.example.test:8080/Prices')).toBe('http://shop.example.test:8080/Prices');
  });

  it('drops tracking parameters, whatever their case, and keeps the rest sorted by name', () => {
    expect(canonicalUrl('https://a.test/p?utm_source=mail&b=2&UTM_Medium=x&gclid=1&a=1&fbclid=z&yclid=3&_openstat=q&mc_cid=4&mc_eid=5')).toBe('https://a.test/p?a=1&b=2');
  });

  it('keeps the order of repeated parameters and their bytes as written', () => {
    expect(canonicalUrl('https://a.test/p?tag=z&sort=up&tag=a')).toBe('https://a.test/p?sort=up&tag=z&tag=a');
    expect(canonicalUrl('https://a.test/find?q=a+b%2Fc')).toBe('https://a.test/find?q=a+b%2Fc');
  });

  it('drops an empty query, and one left empty by dropping tracking parameters', () => {
    expect(canonicalUrl('https://a.test/p?')).toBe('https://a.test/p');
    expect(canonicalUrl('https://a.test/p?&&')).toBe('https://a.test/p');
    expect(canonicalUrl('https://a.test/p?utm_campaign=spring')).toBe('https://a.test/p');
  });

  it('does not drop parameters that only look like tracking, nor ref', () => {
    expect(canonicalUrl('https://a.test/p?utmost=1&ref=main&source=x')).toBe('https://a.test/p?ref=main&source=x&utmost=1');
  });

  it('collapses duplicate slashes in the path', () => {
    expect(canonicalUrl('https://a.test//services///cleaning/')).toBe('https://a.test/services/cleaning/');
  });

  it('keeps index pages and trailing slashes: they may be different pages', () => {
    expect(canonicalUrl('https://a.test/about/index.html')).toBe('https://a.test/about/index.html');
    expect(canonicalUrl('https://a.test/about/index.php')).toBe('https://a.test/about/index.php');
    expect(canonicalUrl('https://a.test/about/')).not.toBe(canonicalUrl('https://a.test/about'));
  });

  it('spells percent-encoding one way', () => {
    expect(canonicalUrl('https://a.test/%7euser/%d0%bf')).toBe('https://a.test/~user/%D0%BF');
    expect(canonicalUrl('https://a.test/прайс')).toBe('https://a.test/%D0%BF%D1%80%D0%B0%D0%B9%D1%81');
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(canonicalUrl('ftp://a.test/file')).toBeUndefined();
    expect(canonicalUrl('/relative/path')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
  });
});

describe('normalisePercentEncoding', () => {
  it('decodes unreserved characters, upper-cases the rest, encodes non-ASCII as UTF-8', () => {
    expect(normalisePercentEncoding('/a%2db%5fc%2e')).toBe('/a-b_c.');
    expect(normalisePercentEncoding('/a%2fb%3f')).toBe('/a%2Fb%3F');
    expect(normalisePercentEncoding('/ё')).toBe('/%D1%91');
  });

  it('leaves a stray percent sign alone', () => {
    expect(normalisePercentEncoding('/100%/x%zz')).toBe('/100%/x%zz');
  });
});

describe('resolveLink: where a link leads', () => {
  const base = 'https://a.test/services/cleaning.html?x=1#top';

  it('resolves relative, root-relative and protocol-relative links, canonical', () => {
    expect(resolveLink('prices.html', base)).toBe('https://a.test/services/prices.html');
    expect(resolveLink('../contacts#map', base)).toBe('https://a.test/contacts');
    expect(resolveLink('/Prices?utm_source=x', base)).toBe('https://a.test/Prices');
    expect(resolveLink('//cdn.a.test/list.pdf', base)).toBe('https://cdn.a.test/list.pdf');
    expect(resolveLink('  https://B.test/  ', base)).toBe('https://b.test/');
  });

  it('leads a fragment-only link back to the page itself', () => {
    expect(resolveLink('#section', base)).toBe('https://a.test/services/cleaning.html?x=1');
  });

  it('ignores links a crawler does not fetch', () => {
    for (const href of ['mailto:team@a.test', 'tel:+70000000000', 'javascript:void(0)', 'JavaScript:open()', 'data:text/html,hi', 'ftp://a.test/f', 'file:///etc/hosts']) {
      expect(resolveLink(href, base), href).toBeUndefined();
    }
  });

  it('resolves nothing against a base that is not a URL', () => {
    expect(resolveLink('page.html', 'not a url')).toBeUndefined();
  });
});

describe('sameOrigin', () => {
  it('matches scheme, host and port, ignoring case and default ports', () => {
    expect(sameOrigin('https://A.test/x', 'https://a.test:443/y?z')).toBe(true);
  });

  it('tells apart another scheme, subdomain or port, and what is not a URL', () => {
    expect(sameOrigin('http://a.test/', 'https://a.test/')).toBe(false);
    expect(sameOrigin('https://www.a.test/', 'https://a.test/')).toBe(false);
    expect(sameOrigin('https://a.test:8443/', 'https://a.test/')).toBe(false);
    expect(sameOrigin('nonsense', 'https://a.test/')).toBe(false);
    expect(sameOrigin('mailto:x@a.test', 'mailto:x@a.test')).toBe(false);
  });
});
