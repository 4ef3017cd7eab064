/**
 * Early warning and proactive outreach. {@link org.recovery.core.monitor.ComplaintMonitor} counts
 * complaints per product, production lot and kind of problem and raises a {@link
 * org.recovery.core.monitor.MonitorSignal} when they pile up beyond what chance explains; a {@link
 * org.recovery.core.monitor.KnownIncident} with its {@link
 * org.recovery.core.monitor.AffectedCustomer}s lets {@link
 * org.recovery.core.RecoveryPolicy#planOutreach} plan an {@link org.recovery.core.monitor.Outreach}
 * to each customer before they complain.
 */
@NullMarked
package org.recovery.core.monitor;

import org.jspecify.annotations.NullMarked;
