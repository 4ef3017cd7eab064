package org.recovery.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Collects a complaint's fields; {@link #build()} validates them. Reach it through {@link
 * Complaint#builder()} or {@link Complaint#toBuilder()}. Mutable and not thread-safe; the complaint
 * it builds is immutable.
 */
public final class ComplaintBuilder {
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

  ComplaintBuilder() {}

  /**
   * Sets the id.
   *
   * @param id the host's identifier for the complaint
   * @return this builder
   */
  public ComplaintBuilder id(String id) {
    this.id = id;
    return this;
  }

  /**
   * Sets the customer.
   *
   * @param customer who complained
   * @return this builder
   */
  public ComplaintBuilder customer(Customer customer) {
    this.customer = customer;
    return this;
  }

  /**
   * Sets when the complaint was received.
   *
   * @param receivedAt the instant it reached us
   * @return this builder
   */
  public ComplaintBuilder receivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
    return this;
  }

  /**
   * Sets the channel (default {@link Channel#EMAIL}).
   *
   * @param channel where it reached us
   * @return this builder
   */
  public ComplaintBuilder channel(Channel channel) {
    this.channel = channel;
    return this;
  }

  /**
   * Sets the kind of problem.
   *
   * @param kind what the problem is
   * @return this builder
   */
  public ComplaintBuilder kind(IssueKind kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Sets the severity (default {@link Severity#MODERATE}).
   *
   * @param severity how much harm it did
   * @return this builder
   */
  public ComplaintBuilder severity(Severity severity) {
    this.severity = severity;
    return this;
  }

  /**
   * Sets the mood (default {@link Mood#CALM}).
   *
   * @param mood how the customer feels
   * @return this builder
   */
  public ComplaintBuilder mood(Mood mood) {
    this.mood = mood;
    return this;
  }

  /**
   * Sets the cause.
   *
   * @param cause what caused it, as the business sees it
   * @return this builder
   */
  public ComplaintBuilder cause(Cause cause) {
    this.cause = cause;
    return this;
  }

  /**
   * Sets the order id.
   *
   * @param orderId the order concerned
   * @return this builder
   */
  public ComplaintBuilder orderId(String orderId) {
    this.orderId = orderId;
    return this;
  }

  /**
   * Adds an order line.
   *
   * @param line a line concerned by the complaint
   * @return this builder
   */
  public ComplaintBuilder line(OrderLine line) {
    lines.add(Objects.requireNonNull(line, "line"));
    return this;
  }

  /**
   * Replaces the order lines.
   *
   * @param lines the lines concerned by the complaint
   * @return this builder
   */
  public ComplaintBuilder lines(List<OrderLine> lines) {
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
  public ComplaintBuilder message(String message) {
    this.message = message;
    return this;
  }

  /**
   * Sets the language the customer wrote in (default: the customer's locale).
   *
   * @param language the language
   * @return this builder
   */
  public ComplaintBuilder language(Locale language) {
    this.language = language;
    return this;
  }

  /**
   * Sets the star rating of a review; only a review channel ({@link Channel#isReview()}) may carry
   * one.
   *
   * @param rating 1 to 5 stars
   * @return this builder
   */
  public ComplaintBuilder rating(int rating) {
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
