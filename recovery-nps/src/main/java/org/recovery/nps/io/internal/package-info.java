/**
 * Implements the parallel byte-level scan of survey exports behind {@code SurveyReader}; the entry
 * point is {@link org.recovery.nps.io.internal.ParallelExportScan}. Not public API.
 */
@NullMarked
package org.recovery.nps.io.internal;

import org.jspecify.annotations.NullMarked;
