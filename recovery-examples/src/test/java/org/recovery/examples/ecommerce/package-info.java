/** Tests of the e-commerce integration example, end to end. */
@NullMarked
package org.recovery.examples.ecommerce;

import org.jspecify.annotations.NullMarked;
