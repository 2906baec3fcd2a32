// Ends a jest run with the plain line CI tools read: "N passed, N failed". Written on exit,
// so it comes after jest's own summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    process.on('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
