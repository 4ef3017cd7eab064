package org.recovery.nps.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.recovery.nps.SurveyResponse;

class AccountHealthMergeTest {
  // Each generated response: account 0..4 (4 = none), score, submitted second (-1 = unknown).
  private static final Gen<List<int[]>> RESPONSES =
      lists()
          .of(
              integers()
                  .between(0, 4)
                  .zip(
                      integers().between(0, 10),
                      integers().between(-1, 5),
                      (account, score, second) -> new int[] {account, score, second}))
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
              r[0] == 4 ? Optional.empty() : Optional.of("account-" + r[0]),
              r[2] < 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(r[2])),
              Map.of()));
    }
    return out;
  }

  @Test
  void talliesOfAnySplitMergeIntoTheReportOfTheWhole() {
    AccountHealth health = AccountHealth.defaults();
    qt().withExamples(300)
        .forAll(RESPONSES, integers().between(0, 40))
        .check(
            (rows, at) -> {
              List<SurveyResponse> all = responses(rows);
              int cut = Math.min(at, all.size());
              AccountHealth.Tally first = health.tally();
              AccountHealth.Tally second = health.tally();
              all.subList(0, cut).forEach(first::add);
              all.subList(cut, all.size()).forEach(second::add);
              // Merging in either order gives the report of one pass over every response.
              AccountHealthReport whole = health.assess(all);
              AccountHealth.Tally reversedFirst = health.tally();
              AccountHealth.Tally reversedSecond = health.tally();
              all.subList(0, cut).forEach(reversedFirst::add);
              all.subList(cut, all.size()).forEach(reversedSecond::add);
              return first.merge(second).report().equals(whole)
                  && reversedSecond.merge(reversedFirst).report().equals(whole);
            });
  }

  @Test
  void mergingCountsResponsesWithoutAnAccountFromBothTallies() {
    AccountHealth health = AccountHealth.defaults();
    AccountHealth.Tally first = health.tally();
    AccountHealth.Tally second = health.tally();
    first.add(SurveyResponse.of(2, 9));
    second.add(SurveyResponse.of(3, 4));
    second.add(SurveyResponse.of(4, 10));
    assertThat(first.merge(second).report().withoutAccount()).isEqualTo(3);
  }

  @Test
  void onAFullTieOfTimeAndLineTheResponseAddedFirstIsKept() {
    SurveyResponse first =
        new SurveyResponse(7, 2, 1.0, Optional.of("acme"), Optional.empty(), Map.of());
    SurveyResponse second =
        new SurveyResponse(7, 10, 1.0, Optional.of("acme"), Optional.empty(), Map.of());
    AccountHealthReport report = AccountHealth.defaults().assess(List.of(first, second));
    assertThat(report.accounts())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.score()).isEqualTo(2);
              assertThat(a.status()).isEqualTo(HealthStatus.RED);
              assertThat(a.responses()).isEqualTo(2);
            });
  }
}
