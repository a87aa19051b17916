// Command-line options shared by the bench sections (bench/run.mjs,
// bench/codesize.mjs, bench/device/run.mjs, and bench/all.mjs which passes them on):
//
//   --runs N      runs per figure; default BENCH_RUNS or 5 (the median is quoted, so
//                 figures for the record need at least 5)
//   --quick       smaller problem sizes where a section has them (BENCH_QUICK=1), to
//                 check the harness end to end; not for quoting
//   WORD...       filter: run only the cases whose name contains one of the words
//                 (case-insensitive); a word naming a section ("kernels", "device",
//                 "codesize") selects all of it
//
// `extra` maps a section's own flags to { value: boolean } and collects them in o.flags.

export const MIN_QUOTABLE_RUNS = 5;

export function parseOptions(argv, { section, usage, extra = {} }) {
  const envRuns = parseInt(process.env.BENCH_RUNS ?? "", 10);
  const o = {
    runs: envRuns > 0 ? envRuns : MIN_QUOTABLE_RUNS,
    quick: process.env.BENCH_QUICK === "1",
    filter: [],
    flags: {},
    section,
  };
  const fail = (msg) => {
    console.error(`bench: ${msg}\nusage: ${usage}`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (i + 1 < argv.length ? argv[++i] : fail(`${a} needs a value`));
    if (a === "--runs") {
      const n = parseInt(val(), 10);
      if (!(n > 0)) fail("--runs needs a positive integer");
      o.runs = n;
    } else if (a === "--quick") o.quick = true;
    else if (a === "--help" || a === "-h") {
      console.log(`usage: ${usage}`);
      process.exit(0);
    } else if (Object.hasOwn(extra, a)) o.flags[a] = extra[a].value ? val() : true;
    else if (a.startsWith("-")) fail(`unknown option '${a}'`);
    else o.filter.push(a.toLowerCase());
  }
  return o;
}

/** Does case `name` of this section pass the filter? */
export function selected(o, name) {
  if (o.filter.length === 0) return true;
  const n = name.toLowerCase();
  return o.filter.some((w) => w === o.section || n.includes(w));
}

/** The line every section prints under its title: how figures are made. */
export function methodLine(o) {
  const caveat = o.runs < MIN_QUOTABLE_RUNS || o.quick ? `  ** ${o.quick ? "quick sizes, " : ""}${o.runs} run(s): a harness check, NOT figures to quote **` : "";
  return `each figure: median [min-max] of ${o.runs} run(s), configurations interleaved round by round${caveat}`;
}
