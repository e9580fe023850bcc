/** "1 customer", "2,400 customers": a count with Indian digit grouping and the right noun form. */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString("en-IN")} ${n === 1 ? one : other}`;
}
