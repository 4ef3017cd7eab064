/**
 * Letters to customers and the ownership-language checker. Write a reply with {@link
 * org.recovery.templates.Letter#builder}, in the phrases of a {@link
 * org.recovery.templates.PhraseBook}; check any draft with {@link
 * org.recovery.templates.OwnershipChecker}.
 */
@NullMarked
package org.recovery.templates;

import org.jspecify.annotations.NullMarked;
