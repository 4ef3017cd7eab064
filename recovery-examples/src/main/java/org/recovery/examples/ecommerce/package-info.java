/**
 * An e-commerce integration: {@link org.recovery.examples.ecommerce.CustomerCare} receives a
 * complaint, loads the customer's history from the shop's own {@link
 * org.recovery.examples.ecommerce.IncidentStore}, decides with one shared policy, sends the letter
 * through a {@link org.recovery.examples.ecommerce.LetterSender} and records the incident. {@link
 * org.recovery.examples.ecommerce.RepeatCustomerStory} runs it on three complaints from one
 * customer.
 */
@NullMarked
package org.recovery.examples.ecommerce;

import org.jspecify.annotations.NullMarked;
