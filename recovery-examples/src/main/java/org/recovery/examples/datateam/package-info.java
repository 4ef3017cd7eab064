/**
 * A data team's use of recovery-nps: {@link org.recovery.examples.datateam.NpsByWeekAndCountry}
 * computes weekly NPS per country from a survey export in a few lines.
 */
@NullMarked
package org.recovery.examples.datateam;

import org.jspecify.annotations.NullMarked;
