/** '2026-04-01' → '2026年4月1日'; anything else is returned as it is (it is shown to be fixed). */
export function formatJapaneseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}
