/**
 * What a {@link org.recovery.core.RecoveryPlan} tells the business to do: the sealed {@link
 * org.recovery.core.action.RecoveryAction} and one record per kind of action (a refund now, a
 * replacement, a credit, an owner's investigation, an escalation, a follow-up…), each named in JSON
 * by its {@link org.recovery.core.action.ActionType}.
 */
@NullMarked
package org.recovery.core.action;

import org.jspecify.annotations.NullMarked;
