package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ComplaintTest {

  private static final Customer DANA =
      Customer.of("cust-42", "Dana Whitfield", "dana@example.com", Locale.US);
  private static final Instant T = Instant.parse("2026-11-20T10:15:00Z");

  private static ComplaintBuilder minimal() {
    return Complaint.builder()
        .id("c-1")
        .customer(DANA)
        .receivedAt(T)
        .kind(IssueKind.DAMAGED)
        .cause(Cause.PRODUCT_DEFECT);
  }

  @Test
  void builderFillsTheDocumentedDefaults() {
    Complaint c = minimal().build();

    assertThat(c.channel()).isEqualTo(Channel.EMAIL);
    assertThat(c.severity()).isEqualTo(Severity.MODERATE);
    assertThat(c.mood()).isEqualTo(Mood.CALM);
    assertThat(c.orderId()).isEmpty();
    assertThat(c.lines()).isEmpty();
    assertThat(c.message()).isEmpty();
    assertThat(c.language()).isEqualTo(Locale.US);
    assertThat(c.rating()).isEmpty();
  }

  @Test
  void builderNamesTheMissingRequiredField() {
    assertThatThrownBy(() -> Complaint.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
    assertThatThrownBy(() -> Complaint.builder().customer(DANA).build()).hasMessage("id");
    assertThatThrownBy(() -> minimal().cause(null).build()).hasMessage("cause");
  }

  @Test
  void toBuilderCopiesEveryField() {
    Complaint c =
        minimal()
            .channel(Channel.APP_REVIEW)
            .severity(Severity.MAJOR)
            .mood(Mood.ANGRY)
            .orderId("o-9")
            .line(OrderLine.of("GP-100", "Garlic press", "L1", 2, Money.of("24.99", "USD")))
            .message("Broke.")
            .language(Locale.forLanguageTag("es"))
            .rating(1)
            .build();

    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void ratingMustBeOneToFiveStars() {
    assertThat(minimal().channel(Channel.APP_REVIEW).rating(5).build().rating())
        .isEqualTo(OptionalInt.of(5));
    assertThatThrownBy(() -> minimal().rating(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rating must be between 1 and 5 but was 0");
    assertThatThrownBy(() -> minimal().rating(6).build())
        .hasMessage("rating must be between 1 and 5 but was 6");
  }

  @Test
  void idAndOrderIdMustNotBeBlank() {
    assertThatThrownBy(() -> minimal().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank but was \" \"");
    assertThatThrownBy(() -> minimal().orderId("").build())
        .hasMessage("orderId must not be blank but was \"\"");
  }

  @Test
  void linesMustShareOneCurrency() {
    assertThatThrownBy(
            () ->
                minimal()
                    .line(OrderLine.of("A", "a", "L", 1, Money.of("1.00", "USD")))
                    .line(OrderLine.of("B", "b", "L", 1, Money.of("1.00", "EUR")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lines[1].unitPrice must be in USD like lines[0] but was in EUR");
  }

  @Test
  void paidIsTheSumOfTheLineTotals() {
    Complaint c =
        minimal()
            .line(OrderLine.of("A", "a", "L", 2, Money.of("24.99", "USD")))
            .line(new OrderLine("B", "b", Optional.empty(), 1, Money.of("0.02", "USD")))
            .build();

    assertThat(c.paid()).contains(Money.of("50.00", "USD"));
    assertThat(minimal().build().paid()).isEmpty();
  }

  @Test
  void linesAreCopiedAndImmutable() {
    var lines = new java.util.ArrayList<OrderLine>();
    lines.add(OrderLine.of("A", "a", "L", 1, Money.of("1.00", "USD")));
    Complaint c = minimal().build();
    Complaint withLines =
        new Complaint(
            c.id(),
            c.customer(),
            c.receivedAt(),
            c.channel(),
            c.kind(),
            c.severity(),
            c.mood(),
            c.cause(),
            c.orderId(),
            lines,
            c.message(),
            c.language(),
            c.rating());

    lines.clear();

    assertThat(withLines.lines()).hasSize(1);
    assertThatThrownBy(() -> withLines.lines().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void onlyACustomerMistakeIsNotBusinessCaused() {
    for (Cause cause : Cause.values()) {
      assertThat(minimal().cause(cause).build().isBusinessCaused())
          .isEqualTo(cause != Cause.CUSTOMER_MISTAKE);
    }
  }

  @Test
  void onlyReviewsAndSocialMediaArePublic() {
    assertThat(List.of(Channel.values()).stream().filter(Channel::isPublic))
        .containsExactly(Channel.APP_REVIEW, Channel.SOCIAL_MEDIA);
  }

  @Test
  void toStringLeavesOutPersonalData() {
    Complaint c = minimal().message("My address is 1 Secret Lane").build();

    assertThat(c.toString())
        .isEqualTo(
            "Complaint[id=c-1, customer=cust-42, kind=DAMAGED, severity=MODERATE, mood=CALM,"
                + " cause=PRODUCT_DEFECT, channel=EMAIL]")
        .doesNotContain("Secret")
        .doesNotContain("Dana")
        .doesNotContain("dana@");
  }

  @Test
  void ratingIsRefusedOnAChannelThatIsNotAReview() {
    assertThatThrownBy(() -> minimal().channel(Channel.EMAIL).rating(4).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rating is only for review channels (APP_REVIEW, SOCIAL_MEDIA, SURVEY) but was 4 on"
                + " EMAIL");
  }

  @Test
  void ratingIsAcceptedOnEveryReviewChannel() {
    for (Channel channel : Channel.values()) {
      if (channel.isReview()) {
        assertThat(minimal().channel(channel).rating(3).build().rating())
            .isEqualTo(OptionalInt.of(3));
      }
    }
    assertThat(java.util.Arrays.stream(Channel.values()).filter(Channel::isReview).map(Enum::name))
        .containsExactly("APP_REVIEW", "SOCIAL_MEDIA", "SURVEY");
  }
}
