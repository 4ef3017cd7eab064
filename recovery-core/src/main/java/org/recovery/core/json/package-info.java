/**
 * The JSON wire contract for complaints, customer histories and recovery plans. Start with {@link
 * org.recovery.core.json.RecoveryJson}; hosts with their own Jackson {@code ObjectMapper} register
 * {@link org.recovery.core.json.RecoveryJsonModule}. Bad input fails with {@link
 * org.recovery.core.json.JsonFormatException}, naming the JSON path, line and column. Recovery
 * policies load with {@link org.recovery.core.json.PolicyJson}, failing with {@link
 * org.recovery.core.json.PolicyConfigException}.
 *
 * <p>A complaint:
 *
 * <pre>{@code
 * {"id": "c-1001",
 *  "customer": {"id": "cust-42", "name": "Dana Whitfield", "email": "dana@example.com", "locale": "en-US"},
 *  "receivedAt": "2026-11-20T10:15:00Z", "channel": "EMAIL", "kind": "DAMAGED",
 *  "severity": "MODERATE", "mood": "FRUSTRATED", "cause": "PRODUCT_DEFECT", "orderId": "o-9",
 *  "lines": [{"sku": "GP-100", "name": "Garlic press", "lot": "L2026-41", "quantity": 1,
 *             "unitPrice": {"amount": "24.99", "currency": "USD"}}],
 *  "message": "The handle snapped the first time I used it.", "language": "en", "rating": null}
 * }</pre>
 *
 * <p>Two optional fields name things the way the customer would: {@code customer.givenName} (the
 * name friendly letters greet with, "Dana") and {@code lines[].localName} (the product's name in
 * the complaint's language, "cocotte en fonte"). A document without them reads as before. {@code
 * lines[].localGender} ({@code MASCULINE}, {@code FEMININE} or {@code NEUTER}) gives the local
 * name's grammatical gender so letters can use agreeing articles ("a sua cafeteira", "Ihre
 * Pfanne"); it is refused on a line without a {@code localName}.
 *
 * <p>A customer history:
 *
 * <pre>{@code
 * {"customerId": "cust-42", "incidents": [{"complaintId": "c-0901", "occurredAt": "2026-09-01T09:00:00Z",
 *   "kind": "LATE_DELIVERY", "businessCaused": true, "refunded": {"amount": "5.00", "currency": "USD"},
 *   "resolved": true}]}
 * }</pre>
 *
 * <p>A plan: {@code {"complaintId", "actions", "respondBy", "tone", "ownership", "goodwill",
 * "accountStatus", "reasons"}}, each action an object with {@code "type"} (the {@link
 * org.recovery.core.action.ActionType} name) and the action's components by name, e.g. {@code
 * {"type": "REFUND", "amount": {"amount": "24.99", "currency": "USD"}, "skus": ["GP-100"],
 * "returnRequired": false}}; ownership as {@code {"key": "PERSONAL_OWNER", "parameters": {"owner":
 * "Sam"}}}; reasons as {@code {"rule": "...", "text": "..."}}; goodwill a number from 0 to 1.
 *
 * <p>Rules: money is {@code {"amount": "24.99", "currency": "USD"}} with the amount a string of
 * digits, never a number, with at most the currency's decimals (never rounded); instants are
 * ISO-8601 ({@code 2026-11-20T10:15:00Z}); locales are BCP 47 tags ({@code en-US}); enums are
 * written by name and read by exact name. An optional field may be absent or {@code null}; both
 * mean "none". A required field must be present and not {@code null}. Unknown fields, duplicate
 * fields and anything after the document are errors.
 */
@NullMarked
package org.recovery.core.json;

import org.jspecify.annotations.NullMarked;
