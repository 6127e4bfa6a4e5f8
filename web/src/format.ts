/** Small formatting helpers shared by the views. Pure. */

/** A date as the graph keeps it (YYYY, YYYY-MM or YYYY-MM-DD), readable; '' for none. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const [year, month, day] = date.split('-');
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const monthName = month === undefined ? undefined : months[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** "first – last", one date when they are equal, '' when neither is known. */
export function formatSpan(
  first: string | null | undefined,
  last: string | null | undefined,
): string {
  if (!first && !last) return '';
  if (!first || !last || first === last) return formatDate(first || last);
  return `${formatDate(first)} – ${formatDate(last)}`;
}

/** "1 station", "3 stations". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** True for a URL the explorer may link to (http or https only). */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** A file name from a title: letters, digits and dashes. */
export function fileStem(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'outpost'
  );
}
