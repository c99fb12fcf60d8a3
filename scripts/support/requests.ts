import { REQUEST_EXAMPLE } from '../../src/content/request-example';
import { CHOICES } from '../../src/domain/request/fields';
import type { Request } from '../../src/domain/request/schema';

/**
 * A request with long values in every box, every procedure, reason and user, and JIS X 0213
 * characters (髙﨑): the benchmark's second case, and a case the glyph-shard tests render.
 */
export const LONG_REQUEST: Request = {
  ...REQUEST_EXAMPLE,
  address: '北海道札幌市中央区北一条西二丁目一番地一 札幌中央ビルディング第二別館十二階',
  organisationName: '全国金属機械化学情報産業労働組合連合会 中央地方本部 書記局',
  representativeTitle: '中央執行委員会 執行委員長代行',
  representativeName: '髙﨑 太郎兵衛 アレクサンダー',
  phone: '0120-999-999 内線 1234',
  contactPerson: '総務部 山田 太郎',
  procedures: [...CHOICES.procedures],
  deletionReasons: [...CHOICES.deletionReasons],
  // 19 characters: the most the 9 pt line takes (docs/decisions/0014-fax-legible-values.md).
  deletionReasonOther: '担当者の異動によりパスワード不明のため',
  revocationTargets: [...CHOICES.revocationTargets],
  generalUserName: 'rokin-general-user-01',
};
