/**
 * Recovery impact: {@link org.recovery.nps.impact.RecoveryImpact} joins survey responses with each
 * customer's complaint status (a {@link org.recovery.nps.impact.ComplaintLookup}) and compares the
 * NPS of customers who never complained, were put right, or were not, in a {@link
 * org.recovery.nps.impact.RecoveryImpactReport}.
 */
@NullMarked
package org.recovery.nps.impact;

import org.jspecify.annotations.NullMarked;
