import { random } from './random';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '文', '华', '红', '志强', '海燕', '晓东', '春梅', '国庆', '丹', '俊', '晨', '婷', '宇', '鹏', '慧', '建国', '小红'];

/** The demo city's telephone area code (office lines 0728-8xxxxxxx: an 8-digit local number starting with 8). */
export const DEMO_AREA_CODE = '0728';

/**
 * A plausible contact for the i-th demo unit (联系人 and office phone): the same on every machine.
 * Most units give an office landline; every fifth a mobile number.
 */
export function demoContact(i: number): { contactName: string; contactPhone: string } {
  const next = random(20180 + i * 7919);
  const pick = <T>(list: ArrayLike<T>) => list[Math.floor(next() * list.length)]!;
  const contactName = pick(SURNAMES) + pick(GIVEN);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
  const contactPhone = i % 5 === 4 ? `1${pick('35789')}${digits(9)}` : `${DEMO_AREA_CODE}-8${digits(7)}`;
  return { contactName, contactPhone };
}
