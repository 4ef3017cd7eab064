/**
 * The JSON wire contract for complaints, customer histories and recovery plans. Start with {@link
 * org.recovery.core.json.RecoveryJson}; hosts with their own Jackson {@code ObjectMapper} register
 * {@link org.recovery.core.json.RecoveryJsonModule}. Bad input fails with {@link
 * org.recovery.core.json.JsonFormatException}, naming the JSON path, line and column. Recovery
 * policies load with {@link org.recovery.core.json.PolicyJson}, failing with {@link
 * org.recovery.core.json.PolicyConfigException}.
 */
@NullMarked
package org.recovery.core.json;

import org.jspecify.annotations.NullMarked;
