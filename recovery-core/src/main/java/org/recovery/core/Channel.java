package org.recovery.core;

/** Where the complaint reached us. */
public enum Channel {
  /** An email to support. */
  EMAIL,
  /** A live chat session. */
  CHAT,
  /** A phone call. */
  PHONE,
  /** A contact or returns form on our site. */
  WEB_FORM,
  /** A public review in an app store or on a review site (usually with a star rating). */
  APP_REVIEW,
  /** A public post on social media. */
  SOCIAL_MEDIA,
  /** A comment left in a satisfaction survey. */
  SURVEY;

  /**
   * Tells whether other customers can read what was written.
   *
   * @return true for {@link #APP_REVIEW} and {@link #SOCIAL_MEDIA}
   */
  public boolean isPublic() {
    return this == APP_REVIEW || this == SOCIAL_MEDIA;
  }

  /**
   * Tells whether a complaint on this channel is a review that may carry a star rating.
   *
   * @return true for {@link #APP_REVIEW}, {@link #SOCIAL_MEDIA} and {@link #SURVEY}
   */
  public boolean isReview() {
    return this == APP_REVIEW || this == SOCIAL_MEDIA || this == SURVEY;
  }
}
