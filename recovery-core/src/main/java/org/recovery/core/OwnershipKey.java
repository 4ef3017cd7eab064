package org.recovery.core;

/**
 * A statement of ownership a reply should make. The engine chooses the statements; the prose, in
 * each language, belongs to recovery-templates. Parameters named here are supplied in {@link
 * OwnershipStatement#parameters()}.
 */
public enum OwnershipKey {
  /** "We got this wrong": we own the mistake, whoever made it. No parameters. */
  WE_GOT_IT_WRONG,
  /** "We should have made this clearer": the product or its instructions let them down. */
  SHOULD_HAVE_BEEN_CLEARER,
  /** "Our size chart should have guided you better": owning a customer's own ordering mistake. */
  OUR_GUIDANCE_FAILED,
  /** "We chose the carrier, so the delay is ours": owning a carrier's failure. */
  CARRIER_IS_OUR_CHOICE,
  /** "This is not the first time": owning a repeat; parameter {@code count}, the ordinal. */
  NOT_THE_FIRST_TIME,
  /** "Here is what we are changing": owning the root cause; parameter {@code area}. */
  ROOT_CAUSE_FIX,
  /** "I am personally looking after your account": parameter {@code owner}, a name or team. */
  PERSONAL_OWNER
}
