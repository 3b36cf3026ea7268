import { describe, expect, it } from 'vitest';
import { HELLO_MESSAGE_TYPE, isHelloFromParent } from './embed-hello';

const parent = {} as Window;
const framed = { parent } as unknown as Window;

describe('a hello from the page around the map', () => {
  it('is heard from the frame’s own parent', () => {
    expect(isHelloFromParent({ source: parent, data: { type: HELLO_MESSAGE_TYPE } }, framed)).toBe(true);
  });

  it('is not heard from another window, nor with other data', () => {
    const other = {} as Window;
    expect(isHelloFromParent({ source: other, data: { type: HELLO_MESSAGE_TYPE } }, framed)).toBe(false);
    for (const data of [null, 'wherewhen:hello', { type: 'wherewhen:resize' }, {}, 42])
      expect(isHelloFromParent({ source: parent, data }, framed), JSON.stringify(data)).toBe(false);
  });

  it('is not heard by a page that is not in a frame', () => {
    const top = {} as { parent: unknown };
    top.parent = top;
    expect(
      isHelloFromParent({ source: top as Window, data: { type: HELLO_MESSAGE_TYPE } }, top as Window),
    ).toBe(false);
  });
});
