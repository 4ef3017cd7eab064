package org.recovery.core;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.recovery.core.internal.NonBlank;

/**
 * A customer's complaint: what went wrong, how bad it is, how the customer feels and what the
 * business believes caused it. Build one with {@link #builder()}. Immutable and thread-safe.
 *
 * @param id the host's identifier for the complaint; not blank
 * @param customer who complained
 * @param receivedAt when the complaint reached us; respond-by deadlines count from here
 * @param channel where it reached us
 * @param kind what the problem is
 * @param severity how much harm it did
 * @param mood how the customer feels
 * @param cause what caused it, as the business sees it
 * @param orderId the order concerned, if any
 * @param lines the order lines concerned, all in one currency; may be empty
 * @param message the customer's own words; personal data, never logged; may be empty
 * @param language the language the customer wrote in, e.g. {@code es}
 * @param rating the star rating, 1 to 5; only on a review channel ({@link Channel#isReview()}:
 *     {@link Channel#APP_REVIEW}, {@link Channel#SOCIAL_MEDIA}, {@link Channel#SURVEY}), empty
 *     otherwise
 */
public record Complaint(
    String id,
    Customer customer,
    Instant receivedAt,
    Channel channel,
    IssueKind kind,
    Severity severity,
    Mood mood,
    Cause cause,
    Optional<String> orderId,
    List<OrderLine> lines,
    String message,
    Locale language,
    OptionalInt rating) {

  // Listed once for messages, in declaration order: "(APP_REVIEW, SOCIAL_MEDIA, SURVEY)".
  private static final String REVIEW_CHANNELS =
      Arrays.stream(Channel.values())
          .filter(Channel::isReview)
          .map(Channel::name)
          .collect(Collectors.joining(", ", "(", ")"));

  /**
   * Validates the complaint and copies the lines.
   *
   * @param id the host's identifier for the complaint; not blank
   * @param customer who complained
   * @param receivedAt when the complaint reached us
   * @param channel where it reached us
   * @param kind what the problem is
   * @param severity how much harm it did
   * @param mood how the customer feels
   * @param cause what caused it, as the business sees it
   * @param orderId the order concerned, if any
   * @param lines the order lines concerned, all in one currency; may be empty
   * @param message the customer's own words; may be empty
   * @param language the language the customer wrote in
   * @param rating the star rating, 1 to 5, only on a review channel
   * @throws IllegalArgumentException naming the field if a value is out of range, if the lines mix
   *     currencies, or if a rating comes on a channel that is not a review
   */
  public Complaint {
    NonBlank.require(id, "id");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(mood, "mood");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(orderId, "orderId");
    orderId.ifPresent(o -> NonBlank.require(o, "orderId"));
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    for (int i = 1; i < lines.size(); i++) {
      var first = lines.get(0).unitPrice().currency();
      var other = lines.get(i).unitPrice().currency();
      if (!first.equals(other)) {
        throw new IllegalArgumentException(
            "lines["
                + i
                + "].unitPrice must be in "
                + first.getCurrencyCode()
                + " like lines[0] but was in "
                + other.getCurrencyCode());
      }
    }
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(rating, "rating");
    if (rating.isPresent() && (rating.getAsInt() < 1 || rating.getAsInt() > 5)) {
      throw new IllegalArgumentException(
          "rating must be between 1 and 5 but was " + rating.getAsInt());
    }
    if (rating.isPresent() && !channel.isReview()) {
      throw new IllegalArgumentException(
          "rating is only for review channels "
              + REVIEW_CHANNELS
              + " but was "
              + rating.getAsInt()
              + " on "
              + channel);
    }
  }

  /**
   * Starts a builder. Required: id, customer, receivedAt, kind and cause; the rest default to
   * {@link Channel#EMAIL}, {@link Severity#MODERATE}, {@link Mood#CALM}, no order, no lines, an
   * empty message, the customer's language and no rating.
   *
   * @return a new builder
   */
  public static ComplaintBuilder builder() {
    return new ComplaintBuilder();
  }

  /**
   * Returns a builder holding this complaint's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public ComplaintBuilder toBuilder() {
    var b =
        new ComplaintBuilder()
            .id(id)
            .customer(customer)
            .receivedAt(receivedAt)
            .channel(channel)
            .kind(kind)
            .severity(severity)
            .mood(mood)
            .cause(cause)
            .lines(lines)
            .message(message)
            .language(language);
    orderId.ifPresent(b::orderId);
    rating.ifPresent(b::rating);
    return b;
  }

  /**
   * Tells whether the problem counts against the business (every cause but {@link
   * Cause#CUSTOMER_MISTAKE}).
   *
   * @return true if business-caused
   */
  public boolean isBusinessCaused() {
    return cause.isBusinessCaused();
  }

  /**
   * Returns what the customer paid for all the lines concerned, if there are any.
   *
   * @return the sum of the line totals, or empty when the complaint has no lines
   */
  public Optional<Money> paid() {
    return lines.stream().map(OrderLine::total).reduce(Money::plus);
  }

  /** Returns the structured fields only: the message and customer details are personal data. */
  @Override
  public String toString() {
    return "Complaint[id="
        + id
        + ", customer="
        + customer.id()
        + ", kind="
        + kind
        + ", severity="
        + severity
        + ", mood="
        + mood
        + ", cause="
        + cause
        + ", channel="
        + channel
        + "]";
  }
}
