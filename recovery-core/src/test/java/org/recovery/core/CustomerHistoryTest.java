package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerHistoryTest {

  private static Incident incident(String id, String at) {
    return new Incident(
        id, Instant.parse(at), IssueKind.LATE_DELIVERY, true, Optional.empty(), true);
  }

  @Test
  void incidentsAreKeptOldestFirst() {
    Incident late = incident("c-2", "2026-10-01T00:00:00Z");
    Incident early = incident("c-1", "2026-09-01T00:00:00Z");

    assertThat(new CustomerHistory("k", List.of(late, early)).incidents())
        .containsExactly(early, late);
  }

  @Test
  void anyHistoryIsSortedByTime() {
    qt().forAll(DomainGenerators.histories())
        .checkAssert(
            h -> {
              for (int i = 1; i < h.incidents().size(); i++) {
                assertThat(h.incidents().get(i - 1).occurredAt())
                    .isBeforeOrEqualTo(h.incidents().get(i).occurredAt());
              }
            });
  }

  @Test
  void complaintIdsMustBeDistinct() {
    assertThatThrownBy(
            () ->
                new CustomerHistory(
                    "k",
                    List.of(
                        incident("c-1", "2026-09-01T00:00:00Z"),
                        incident("c-1", "2026-10-01T00:00:00Z"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("incidents must have distinct complaint ids but \"c-1\" appears twice");
  }

  @Test
  void customerIdMustNotBeBlank() {
    assertThatThrownBy(() -> CustomerHistory.empty(""))
        .hasMessage("customerId must not be blank but was \"\"");
  }

  @Test
  void withIncidentAddsInTimeOrderWithoutChangingTheOriginal() {
    CustomerHistory h =
        CustomerHistory.empty("k").withIncident(incident("c-2", "2026-10-01T00:00:00Z"));

    CustomerHistory longer = h.withIncident(incident("c-1", "2026-09-01T00:00:00Z"));

    assertThat(h.incidents()).hasSize(1);
    assertThat(longer.incidents()).extracting(Incident::complaintId).containsExactly("c-1", "c-2");
  }

  @Test
  void betweenIncludesTheStartAndExcludesTheEnd() {
    CustomerHistory h =
        new CustomerHistory(
            "k",
            List.of(
                incident("a", "2026-09-01T00:00:00Z"),
                incident("b", "2026-10-01T00:00:00Z"),
                incident("c", "2026-11-01T00:00:00Z")));

    assertThat(
            h.between(Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")))
        .extracting(Incident::complaintId)
        .containsExactly("a", "b");
  }

  @Test
  void incidentValidatesItsFields() {
    assertThatThrownBy(
            () -> new Incident(" ", Instant.EPOCH, IssueKind.OTHER, true, Optional.empty(), true))
        .hasMessage("complaintId must not be blank but was \" \"");
    assertThatThrownBy(
            () ->
                new Incident(
                    "c",
                    Instant.EPOCH,
                    IssueKind.OTHER,
                    true,
                    Optional.of(Money.of("-5.00", "USD")),
                    true))
        .hasMessage("refunded must be >= 0.00 USD but was -5.00 USD");
  }

  @Test
  void incidentRecordsAComplaint() {
    Complaint c =
        Complaint.builder()
            .id("c-7")
            .customer(Customer.of("k", "Dana", "d@example.com", Locale.US))
            .receivedAt(Instant.parse("2026-11-20T10:15:00Z"))
            .kind(IssueKind.WRONG_SIZE)
            .cause(Cause.CUSTOMER_MISTAKE)
            .build();

    Incident i = Incident.of(c, Optional.of(Money.of("5.00", "USD")), true);

    assertThat(i)
        .isEqualTo(
            new Incident(
                "c-7",
                Instant.parse("2026-11-20T10:15:00Z"),
                IssueKind.WRONG_SIZE,
                false,
                Optional.of(Money.of("5.00", "USD")),
                true));
  }
}
