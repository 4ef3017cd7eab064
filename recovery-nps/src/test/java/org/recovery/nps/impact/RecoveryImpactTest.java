package org.recovery.nps.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.nps.SurveyResponse;
import org.recovery.nps.io.ComplaintRecords;
import org.recovery.nps.io.SurveyFormatException;
import org.recovery.nps.io.SurveyReader;

class RecoveryImpactTest {
  @Test
  void reportsTheNpsOfEachComplaintGroupWithPairwiseComparisons() {
    ComplaintRecords records =
        ComplaintRecords.read(
            new StringReader(
                "customer_id,complained,resolved\n"
                    + "c1,yes,yes\n"
                    + "c2,yes,no\n"
                    + "c3,no,\n"
                    + "c4,true,true\n"
                    + "c4,true,false\n"),
            "customer_id",
            "complained",
            "resolved");
    String survey = "id,score\nc1,10\nc1,9\nc2,3\nc3,8\nc4,0\nc5,10\n,9\n";
    List<SurveyResponse> responses = new ArrayList<>();
    SurveyReader.builder()
        .scoreColumn("score")
        .respondentColumn("id")
        .onResponse(responses::add)
        .build()
        .read(new StringReader(survey));
    RecoveryImpactReport report = RecoveryImpact.of(records).analyse(responses);
    assertThat(report.group(ComplaintStatus.COMPLAINED_RESOLVED).nps()).isEqualTo(100.0);
    assertThat(report.group(ComplaintStatus.COMPLAINED_UNRESOLVED).responses()).isEqualTo(2);
    assertThat(report.group(ComplaintStatus.NEVER_COMPLAINED).responses()).isEqualTo(2);
    assertThat(report.withoutCustomerId()).isEqualTo(1);
    assertThat(report.comparisons())
        .extracting(GroupComparison::first, GroupComparison::second)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ComplaintStatus.COMPLAINED_RESOLVED, ComplaintStatus.NEVER_COMPLAINED),
            org.assertj.core.groups.Tuple.tuple(
                ComplaintStatus.COMPLAINED_RESOLVED, ComplaintStatus.COMPLAINED_UNRESOLVED),
            org.assertj.core.groups.Tuple.tuple(
                ComplaintStatus.COMPLAINED_UNRESOLVED, ComplaintStatus.NEVER_COMPLAINED));
    assertThat(report.comparisons().get(1).comparison().difference()).isEqualTo(200.0);
  }

  @Test
  void leavesOutComparisonsWithAnEmptyGroup() {
    RecoveryImpactReport report =
        RecoveryImpact.of(id -> ComplaintStatus.NEVER_COMPLAINED)
            .analyse(List.of(SurveyResponse.of(2, 9)));
    assertThat(report.comparisons()).isEmpty();
  }

  @Test
  void rejectsComplaintRecordsThatAreNotBooleans() {
    assertThatThrownBy(
            () ->
                ComplaintRecords.read(
                    new StringReader("customer_id,complained,resolved\nc1,maybe,\n"),
                    "customer_id",
                    "complained",
                    "resolved"))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "column \"complained\" must be true/false, yes/no, y/n or 1/0 but was 'maybe' (line 2)");
  }
}
