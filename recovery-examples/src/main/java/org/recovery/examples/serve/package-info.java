/**
 * The HTTP face of the library, {@code recovery serve}: {@link
 * org.recovery.examples.serve.RecoveryServer} answers the policy, letters, checker and NPS over
 * HTTP with the JDK's own server.
 */
@NullMarked
package org.recovery.examples.serve;

import org.jspecify.annotations.NullMarked;
