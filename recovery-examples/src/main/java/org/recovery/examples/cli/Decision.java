package org.recovery.examples.cli;

import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.RecoveryPlan;

/**
 * A decision made from the command line: the complaint, the history it was decided against and the
 * plan.
 *
 * @param complaint the complaint
 * @param history the customer's earlier incidents
 * @param plan the plan
 */
record Decision(Complaint complaint, CustomerHistory history, RecoveryPlan plan) {}
