/**
 * An e-commerce integration: {@link org.recovery.examples.shop.ComplaintDesk} receives a complaint,
 * loads the customer's history from the shop's own {@link
 * org.recovery.examples.shop.IncidentStore}, decides, sends the letter through a {@link
 * org.recovery.examples.shop.LetterOutbox} and records the incident.
 */
@NullMarked
package org.recovery.examples.shop;

import org.jspecify.annotations.NullMarked;
