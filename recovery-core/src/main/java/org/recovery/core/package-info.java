/**
 * The complaint model and the recovery plan: start with {@link org.recovery.core.Complaint}, the
 * customer's {@link org.recovery.core.CustomerHistory} and the {@link
 * org.recovery.core.RecoveryPlan} a policy decides.
 */
@NullMarked
package org.recovery.core;

import org.jspecify.annotations.NullMarked;
