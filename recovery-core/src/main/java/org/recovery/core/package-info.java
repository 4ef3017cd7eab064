/**
 * The complaint model and the recovery-policy engine. The entry point is {@link
 * org.recovery.core.RecoveryPolicy#decide(org.recovery.core.Complaint,
 * org.recovery.core.CustomerHistory, java.time.Instant)}: it turns a {@link
 * org.recovery.core.Complaint} and the customer's {@link org.recovery.core.CustomerHistory} into a
 * {@link org.recovery.core.RecoveryPlan}. {@link org.recovery.core.monitor.ComplaintMonitor}
 * watches complaint volume for early warnings and {@link
 * org.recovery.core.RecoveryPolicy#planOutreach(org.recovery.core.monitor.KnownIncident,
 * java.util.List, java.time.Instant)} reaches affected customers before they complain.
 */
@NullMarked
package org.recovery.core;

import org.jspecify.annotations.NullMarked;
