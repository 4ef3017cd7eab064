package org.recovery.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this complaint's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    var b =
        new Builder()
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

  /** Collects a complaint's fields; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Customer customer;
    private @Nullable Instant receivedAt;
    private Channel channel = Channel.EMAIL;
    private @Nullable IssueKind kind;
    private Severity severity = Severity.MODERATE;
    private Mood mood = Mood.CALM;
    private @Nullable Cause cause;
    private @Nullable String orderId;
    private final List<OrderLine> lines = new ArrayList<>();
    private String message = "";
    private @Nullable Locale language;
    private @Nullable Integer rating;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the host's identifier for the complaint
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the customer.
     *
     * @param customer who complained
     * @return this builder
     */
    public Builder customer(Customer customer) {
      this.customer = customer;
      return this;
    }

    /**
     * Sets when the complaint was received.
     *
     * @param receivedAt the instant it reached us
     * @return this builder
     */
    public Builder receivedAt(Instant receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    /**
     * Sets the channel (default {@link Channel#EMAIL}).
     *
     * @param channel where it reached us
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = channel;
      return this;
    }

    /**
     * Sets the kind of problem.
     *
     * @param kind what the problem is
     * @return this builder
     */
    public Builder kind(IssueKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets the severity (default {@link Severity#MODERATE}).
     *
     * @param severity how much harm it did
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets the mood (default {@link Mood#CALM}).
     *
     * @param mood how the customer feels
     * @return this builder
     */
    public Builder mood(Mood mood) {
      this.mood = mood;
      return this;
    }

    /**
     * Sets the cause.
     *
     * @param cause what caused it, as the business sees it
     * @return this builder
     */
    public Builder cause(Cause cause) {
      this.cause = cause;
      return this;
    }

    /**
     * Sets the order id.
     *
     * @param orderId the order concerned
     * @return this builder
     */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * Adds an order line.
     *
     * @param line a line concerned by the complaint
     * @return this builder
     */
    public Builder line(OrderLine line) {
      lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Replaces the order lines.
     *
     * @param lines the lines concerned by the complaint
     * @return this builder
     */
    public Builder lines(List<OrderLine> lines) {
      this.lines.clear();
      lines.forEach(this::line);
      return this;
    }

    /**
     * Sets the customer's own words (default empty).
     *
     * @param message the text of the complaint
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Sets the language the customer wrote in (default: the customer's locale).
     *
     * @param language the language
     * @return this builder
     */
    public Builder language(Locale language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the star rating of a review; only a review channel ({@link Channel#isReview()}) may
     * carry one.
     *
     * @param rating 1 to 5 stars
     * @return this builder
     */
    public Builder rating(int rating) {
      this.rating = rating;
      return this;
    }

    /**
     * Builds the complaint.
     *
     * @return the validated complaint
     * @throws NullPointerException naming the first required field not set
     * @throws IllegalArgumentException naming the field if a value is out of range
     */
    public Complaint build() {
      Customer c = Objects.requireNonNull(customer, "customer");
      return new Complaint(
          Objects.requireNonNull(id, "id"),
          c,
          Objects.requireNonNull(receivedAt, "receivedAt"),
          channel,
          Objects.requireNonNull(kind, "kind"),
          severity,
          mood,
          Objects.requireNonNull(cause, "cause"),
          Optional.ofNullable(orderId),
          lines,
          message,
          language != null ? language : c.locale(),
          rating == null ? OptionalInt.empty() : OptionalInt.of(rating));
    }
  }
}
