package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerTest {

  @Test
  void idNameAndEmailMustNotBeBlank() {
    assertThatThrownBy(() -> Customer.of(" ", "Dana", "d@example.com", Locale.US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer.id must not be blank but was \" \"");
    assertThatThrownBy(() -> Customer.of("c", "", "d@example.com", Locale.US))
        .hasMessage("customer.name must not be blank but was \"\"");
    assertThatThrownBy(() -> Customer.of("c", "Dana", "  ", Locale.US))
        .hasMessage("customer.email must not be blank but was \"  \"");
    assertThatThrownBy(() -> new Customer("c", "Dana", Optional.empty(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer.locale");
  }

  @Test
  void emailIsOptional() {
    assertThat(new Customer("c", "Dana", Optional.empty(), Locale.US).email()).isEmpty();
  }

  @Test
  void givenNameIsOptionalAndNeverBlank() {
    Customer dana = Customer.of("c", "Dana Whitfield", "d@example.com", Locale.US);

    assertThat(dana.givenName()).isEmpty();
    assertThat(dana.withGivenName("Dana").givenName()).contains("Dana");
    assertThatThrownBy(() -> dana.withGivenName(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer.givenName must not be blank but was \" \"");
  }

  @Test
  void toStringLeavesOutNameAndEmail() {
    assertThat(
            Customer.of("cust-42", "Dana Whitfield", "dana@example.com", Locale.US)
                .withGivenName("Dana")
                .toString())
        .isEqualTo("Customer[id=cust-42, locale=en-US]");
  }
}
