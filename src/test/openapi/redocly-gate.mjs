// Redocly exits 0 on warnings; the gate fails on any error or warning that redocly.yaml does not
// waive. Reads the JSON report from standard input.
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const report = JSON.parse(input.slice(input.indexOf("{")));
  for (const problem of report.problems) {
    const where = problem.location?.[0]?.pointer ?? "";
    console.log(`${problem.severity} ${problem.ruleId} ${where}: ${problem.message}`);
  }
  const { errors, warnings } = report.totals;
  console.log(`Redocly recommended: ${errors} errors, ${warnings} warnings`);
  process.exit(errors + warnings === 0 ? 0 : 1);
});
