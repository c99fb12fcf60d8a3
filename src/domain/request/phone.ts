import {
  parsePhoneNumberWithError,
  type MetadataJson,
  type PhoneNumberType,
} from 'libphonenumber-js/core';
import japan from './phone-metadata.jp.json';
import { quoteCharacters } from './quote';

/**
 * Telephone and FAX numbers, read with libphonenumber-js (Google's numbering-plan data) and only
 * Japan's part of its metadata (scripts/build-phone-metadata.ts), so a number is accepted only if
 * it can exist and is saved, shown and printed in the national format, hyphenated by area code
 * (0467-12-3456, 03-3295-1234, 090-1234-5678). What each use accepts, and why, is in
 * docs/decisions/0009-phone-numbers.md.
 *
 * The input is what normalisePhone (./normalise.ts) made of the typed value: digits and hyphens,
 * full-width digits and every dash already unified, brackets, spaces and dots already hyphens.
 */

const METADATA = japan as unknown as MetadataJson;

/** The two uses of a number on the form. */
export type PhoneUse = 'phone' | 'fax';

/**
 * The number types (libphonenumber-js's getType) each use accepts. The phone is 「日中ご連絡の
 * つく電話番号」: any number a person answers, so not a pager (it cannot be spoken to) and not a
 * premium-rate number (the bank would pay an information fee). The FAX number must be able to
 * receive a FAX: not a mobile, pager, premium-rate or personal (follow-me) number. Toll-free,
 * 050 IP and 0570 numbers end on lines that can take a FAX, so they are accepted: refusing them
 * would leave no way to enter a FAX number that works.
 */
const ACCEPTED_TYPES: Readonly<Record<PhoneUse, ReadonlySet<PhoneNumberType>>> = {
  phone: new Set<PhoneNumberType>([
    'FIXED_LINE',
    'FIXED_LINE_OR_MOBILE',
    'MOBILE',
    'TOLL_FREE',
    'VOIP',
    'UAN',
    'PERSONAL_NUMBER',
  ]),
  fax: new Set<PhoneNumberType>(['FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'VOIP', 'UAN']),
};

/** What a normalised value is, as a Japanese telephone number. */
export type PhoneReading =
  /** A number that can exist: its national format and its type. */
  | { kind: 'valid'; national: string; type: PhoneNumberType | undefined }
  /** Characters other than digits and hyphens (and a leading '+'), each once. */
  | { kind: 'notDigits'; others: string[] }
  /** '+' with a country code other than 81. */
  | { kind: 'foreign' }
  /** Digits that do not start with the trunk prefix 0. */
  | { kind: 'noTrunkZero' }
  /** Digits from 0 that are no Japanese number; `digits` is the national number. */
  | { kind: 'invalid'; digits: string };

function nonDigits(value: string): string[] {
  return [...new Set(Array.from(value.replace(/[\d-]/g, '')))];
}

/** Reads a value normalised by normalisePhone. */
export function readPhoneNumber(value: string): PhoneReading {
  const international = value.startsWith('+');
  const others = nonDigits(international ? value.slice(1) : value);
  if (others.length > 0) return { kind: 'notDigits', others };
  let digits = value.replace(/\D/g, '');
  if (international) {
    if (digits === '') return { kind: 'notDigits', others: ['+'] };
    if (!digits.startsWith('81')) return { kind: 'foreign' };
    // '+81 (0)3-…': the 0 in brackets is the trunk prefix written for callers inside Japan.
    digits = `0${digits.slice(2).replace(/^0/, '')}`;
  }
  if (!digits.startsWith('0')) return { kind: 'noTrunkZero' };
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(digits, 'JP', METADATA);
  } catch {
    // Too short to be a number at all, or 010 (the international prefix) and a country code
    // other than 81: no Japanese number either way.
    return { kind: 'invalid', digits };
  }
  if (!parsed.isValid()) return { kind: 'invalid', digits };
  const formatted = parsed.formatNational();
  // The library has no grouping for some numbers (0066 and other 00 toll-free numbers): the
  // person's own grouping is kept for those.
  const national = formatted.includes('-') ? formatted : international ? digits : value;
  return { kind: 'valid', national, type: parsed.getType() };
}

/** The national format of a valid number; anything else comes back unchanged. */
export function formatPhoneNumber(value: string): string {
  const reading = readPhoneNumber(value);
  return reading.kind === 'valid' ? reading.national : value;
}

// ---------------------------------------------------------------------------------------------
// Messages. Each names the field by its label, says what is wrong and quotes the guide's example.

export interface PhoneField {
  use: PhoneUse;
  label: string;
  example: string;
}

/** Number lengths by prefix, for saying why a number of the wrong length cannot exist. */
const LENGTHS: readonly [RegExp, string, number][] = [
  [/^0120/, '「0120」から始まる番号', 10],
  [/^0800/, '「0800」から始まる番号', 11],
  [/^0570/, '「0570」から始まる番号', 10],
  [/^0990/, '「0990」から始まる番号', 10],
  [/^0[789]0/, '携帯電話の番号（070・080・090）', 11],
  [/^060/, '「060」から始まる番号', 11],
  [/^050/, 'IP電話の番号（050）', 11],
  [/^020/, '「020」から始まる番号', 11],
  [/^0/, '市外局番から始まる固定電話の番号', 10],
];

const TYPE_NAMES: Partial<Record<PhoneNumberType, string>> = {
  MOBILE: '携帯電話の番号',
  PAGER: 'ポケットベルの番号（020）',
  PREMIUM_RATE: '情報料のかかる番号（0990）',
  PERSONAL_NUMBER: '「060」から始まる10桁の番号（転送用の番号）',
};

const WHAT_TO_ENTER: Readonly<Record<PhoneUse, string>> = {
  phone: '日中にご連絡のつく電話番号',
  fax: 'FAXを受信できる固定電話などの番号',
};

function typeMessage(field: PhoneField, type: PhoneNumberType | undefined): string {
  const { use, label, example } = field;
  const name = (type && TYPE_NAMES[type]) ?? 'この種類の番号';
  return `${label}に${name}は使えません。${WHAT_TO_ENTER[use]}を入力してください（例：${example}）`;
}

/** Why `value` (normalised, not empty) is refused for `field`, or null when it is accepted. */
export function phoneMessage(field: PhoneField, value: string): string | null {
  const { use, label, example } = field;
  const reading = readPhoneNumber(value);
  switch (reading.kind) {
    case 'valid':
      return reading.type !== undefined && ACCEPTED_TYPES[use].has(reading.type)
        ? null
        : typeMessage(field, reading.type);
    case 'notDigits':
      return `${label}に数字ではない文字${quoteCharacters(reading.others)}があります。数字で入力してください（例：${example}）`;
    case 'foreign':
      return `${label}は日本国内の番号で入力してください（「+81」以外の国番号は使えません。例：${example}）`;
    case 'noTrunkZero':
      return `${label}は市外局番の「0」から入力してください（例：${example}）`;
    case 'invalid':
      return invalidMessage(field, reading.digits, value);
  }
}

function invalidMessage(field: PhoneField, digits: string, value: string): string {
  const { label, example } = field;
  if (digits.startsWith('010')) {
    return `${label}の「010」は国際電話をかけるときの番号です。日本国内の番号を市外局番から入力してください（例：${example}）`;
  }
  if (digits.startsWith('00')) {
    return `${label}の「00」から始まる番号は、日本国内の電話番号として使われていません。市外局番から入力してください（例：${example}）`;
  }
  const n = digits.length;
  if (n !== 10 && n !== 11) {
    return `${label}は市外局番から10桁または11桁の数字で入力してください（入力された数字は${n}桁です）`;
  }
  const [, what, length] = LENGTHS.find(([prefix]) => prefix.test(digits))!;
  if (n !== length) {
    return `${label}は、${what}なら${length}桁です（入力された数字は${n}桁です）`;
  }
  return `${label}の「${value}」は、日本の電話番号にはない番号です。番号をお確かめください（例：${example}）`;
}
