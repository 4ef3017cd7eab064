/**
 * Readers for survey exports (CSV and JSON Lines): configure a {@link
 * org.recovery.nps.io.SurveyReader} with its builder and read a file, stream or reader into an
 * {@link org.recovery.nps.NpsReport}.
 */
@NullMarked
package org.recovery.nps.io;

import org.jspecify.annotations.NullMarked;
