/**
 * The evaluation scripts' options: the value given after `name` (`--half A`), taken out of `args`
 * together with the name, so that what is left are the script's other arguments; null where the
 * option is not given (or given with no value after it).
 */
export function takeOption(args: string[], name: string): string | null {
  const at = args.indexOf(name);
  return at >= 0 ? (args.splice(at, 2)[1] ?? null) : null;
}
