package org.recovery.nps.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.recovery.nps.SurveyResponse;

class RecoveryImpactMergeTest {
  // Customer c0..c5 have a known status; 6 means no customer id.
  private static final ComplaintLookup LOOKUP =
      id ->
          ComplaintStatus.values()[
              Integer.parseInt(id.substring(1)) % ComplaintStatus.values().length];

  private static final Gen<List<int[]>> RESPONSES =
      lists()
          .of(
              integers()
                  .between(0, 6)
                  .zip(integers().between(0, 10), (customer, score) -> new int[] {customer, score}))
          .ofSizeBetween(0, 40);

  private static List<SurveyResponse> responses(List<int[]> rows) {
    List<SurveyResponse> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int[] r = rows.get(i);
      out.add(
          new SurveyResponse(
              i + 2,
              r[1],
              1.0,
              r[0] == 6 ? Optional.empty() : Optional.of("c" + r[0]),
              Optional.empty(),
              Map.of()));
    }
    return out;
  }

  @Test
  void talliesOfAnySplitMergeIntoTheReportOfTheWhole() {
    RecoveryImpact impact = RecoveryImpact.of(LOOKUP);
    qt().withExamples(300)
        .forAll(RESPONSES, integers().between(0, 40))
        .check(
            (rows, at) -> {
              List<SurveyResponse> all = responses(rows);
              int cut = Math.min(at, all.size());
              RecoveryImpact.Tally first = impact.tally();
              RecoveryImpact.Tally second = impact.tally();
              all.subList(0, cut).forEach(first::add);
              all.subList(cut, all.size()).forEach(second::add);
              return first.merge(second).report().equals(impact.analyse(all));
            });
  }

  @Test
  void mergingAddsTheGroupsAndTheResponsesWithoutAnId() {
    RecoveryImpact impact = RecoveryImpact.of(id -> ComplaintStatus.NEVER_COMPLAINED);
    RecoveryImpact.Tally first = impact.tally();
    RecoveryImpact.Tally second = impact.tally();
    first.add(SurveyResponse.of(2, 9));
    first.add(new SurveyResponse(3, 10, 1.0, Optional.of("c1"), Optional.empty(), Map.of()));
    second.add(new SurveyResponse(4, 0, 1.0, Optional.of("c2"), Optional.empty(), Map.of()));
    second.add(new SurveyResponse(5, 9, 1.0, Optional.of("c3"), Optional.empty(), Map.of()));
    second.add(SurveyResponse.of(6, 1));
    RecoveryImpactReport report = first.merge(second).report();
    assertThat(report.withoutCustomerId()).isEqualTo(2);
    assertThat(report.group(ComplaintStatus.NEVER_COMPLAINED).responses()).isEqualTo(3);
    assertThat(report.group(ComplaintStatus.NEVER_COMPLAINED).promoters()).isEqualTo(2);
  }
}
