/**
 * Account health: {@link org.recovery.nps.health.AccountHealth} classifies each account red, yellow
 * or green by its latest survey response, so detractors are escalated to an owner and promoters are
 * asked for a reference; its tally collects responses from a reader's listener into an {@link
 * org.recovery.nps.health.AccountHealthReport}.
 */
@NullMarked
package org.recovery.nps.health;

import org.jspecify.annotations.NullMarked;
