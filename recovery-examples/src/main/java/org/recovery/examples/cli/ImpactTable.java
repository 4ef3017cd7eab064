package org.recovery.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.recovery.nps.NpsResult;
import org.recovery.nps.impact.ComplaintStatus;
import org.recovery.nps.impact.GroupComparison;
import org.recovery.nps.impact.RecoveryImpactReport;

/**
 * The recovery-impact table: the NPS of customers who never complained, who complained and were put
 * right, and who complained and were not, then the differences between the groups with their
 * intervals and p-values.
 */
final class ImpactTable {

  private ImpactTable() {}

  /**
   * Renders the analysis.
   *
   * @param report the analysis
   * @return the table, starting with a blank line and a heading
   */
  static String of(RecoveryImpactReport report) {
    var rows = new ArrayList<List<String>>();
    double level =
        report
            .group(ComplaintStatus.NEVER_COMPLAINED)
            .confidenceInterval()
            .map(org.recovery.nps.ConfidenceInterval::level)
            .orElse(org.recovery.nps.Estimation.defaults().level());
    rows.add(
        List.of(
            "",
            "responses",
            "NPS",
            String.format(NpsTable.FIGURES, "%.0f%% interval", level * 100),
            "SE"));
    for (ComplaintStatus status : ComplaintStatus.values()) {
      NpsResult r = report.group(status);
      rows.add(
          r.isEmpty()
              ? List.of(label(status), "0", "", "", "")
              : List.of(
                  label(status),
                  String.format(NpsTable.FIGURES, "%,d", r.responses())
                      + (r.smallSample() ? "*" : ""),
                  String.format(NpsTable.FIGURES, "%.1f", r.nps()),
                  String.format(
                      NpsTable.FIGURES,
                      "[%.1f, %.1f]",
                      r.confidenceInterval().orElseThrow().low(),
                      r.confidenceInterval().orElseThrow().high()),
                  String.format(NpsTable.FIGURES, "%.1f", r.standardError())));
    }
    var text = new StringBuilder("\nRecovery impact\n");
    text.append(NpsTable.align(rows));
    if (!report.comparisons().isEmpty()) {
      var diffs = new ArrayList<List<String>>();
      diffs.add(List.of("", "difference", "interval", "p-value"));
      for (GroupComparison c : report.comparisons()) {
        var cmp = c.comparison();
        diffs.add(
            List.of(
                label(c.first()) + " - " + label(c.second()),
                String.format(NpsTable.FIGURES, "%+.1f", cmp.difference()),
                String.format(
                    NpsTable.FIGURES,
                    "[%.1f, %.1f]",
                    cmp.confidenceInterval().low(),
                    cmp.confidenceInterval().high()),
                cmp.pValue() < 0.001
                    ? "< 0.001"
                    : String.format(NpsTable.FIGURES, "%.3f", cmp.pValue())));
      }
      text.append('\n').append(NpsTable.align(diffs));
    }
    if (report.withoutCustomerId() > 0) {
      text.append(
          String.format(
              NpsTable.FIGURES,
              "%,d responses without a customer id are in no group.%n",
              report.withoutCustomerId()));
    }
    return text.toString();
  }

  private static String label(ComplaintStatus status) {
    return switch (status) {
      case NEVER_COMPLAINED -> "never complained";
      case COMPLAINED_RESOLVED -> "complained, resolved";
      case COMPLAINED_UNRESOLVED -> "complained, not resolved";
    };
  }
}
