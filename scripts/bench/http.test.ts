import { describe, expect, it } from 'vitest';
import { CookieJar, actionSucceeded, encodeReply } from './http';

describe('encodeReply', () => {
  it('encodes undefined and escapes $ strings like React', () => {
    expect(encodeReply([undefined, { id: 3, text: '$5', note: 'ok' }])).toBe('["$undefined",{"id":3,"text":"$$5","note":"ok"}]');
  });
});

describe('CookieJar', () => {
  it('keeps, replaces and deletes cookies from Set-Cookie headers', () => {
    const jar = new CookieJar();
    const h = new Headers();
    h.append('set-cookie', 'a=1; Path=/; HttpOnly');
    h.append('set-cookie', 'b=2; Path=/');
    jar.store(new Response(null, { headers: h }));
    expect(jar.header()).toBe('a=1; b=2');
    const h2 = new Headers();
    h2.append('set-cookie', 'a=; Max-Age=0; Path=/');
    h2.append('set-cookie', 'b=3; Path=/');
    jar.store(new Response(null, { headers: h2 }));
    expect(jar.header()).toBe('b=3');
    expect(jar.has('a')).toBe(false);
  });
});

describe('actionSucceeded', () => {
  it('reads the action state from the Flight body', () => {
    expect(actionSucceeded('0:{"a":"$@1"}\n1:{"ok":true,"message":"已提交"}')).toBe(true);
    expect(actionSucceeded('1:{"ok":false,"message":"x"}')).toBe(false);
  });
});
