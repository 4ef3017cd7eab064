/** Tests of the e-commerce integration example. */
@NullMarked
package org.recovery.examples.shop;

import org.jspecify.annotations.NullMarked;
