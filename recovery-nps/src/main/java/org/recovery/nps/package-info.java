/**
 * Net Promoter Score statistics and reports: classify scores with {@link
 * org.recovery.nps.NpsScale}, count them with {@link org.recovery.nps.NpsAccumulator} and read the
 * score, its standard error and confidence interval from {@link org.recovery.nps.NpsResult}. Survey
 * exports are read by {@link org.recovery.nps.io.SurveyReader} into an {@link
 * org.recovery.nps.NpsReport}.
 */
@NullMarked
package org.recovery.nps;

import org.jspecify.annotations.NullMarked;
