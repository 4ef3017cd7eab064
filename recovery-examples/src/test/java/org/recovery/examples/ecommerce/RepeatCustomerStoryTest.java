package org.recovery.examples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.recovery.core.AccountStatus;
import org.recovery.core.Money;
import org.recovery.core.Tone;

class RepeatCustomerStoryTest {

  @Test
  void theStoryShowsToneAndAccountStatusEscalatingOverThreeComplaints() {
    var bytes = new ByteArrayOutputStream();

    var resolutions =
        RepeatCustomerStory.tell(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(resolutions)
        .extracting(r -> r.plan().tone(), r -> r.plan().accountStatus())
        .containsExactly(
            tuple(Tone.FRIENDLY_FIX, AccountStatus.GREEN),
            tuple(Tone.FORMAL_APOLOGY, AccountStatus.YELLOW),
            tuple(Tone.FORMAL_APOLOGY, AccountStatus.RED));
    assertThat(resolutions.get(2).incident().refunded()).contains(Money.of("38.00", "EUR"));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("c-1001 DAMAGED       -> FRIENDLY_FIX   GREEN")
        .contains("c-1002 LATE_DELIVERY -> FORMAL_APOLOGY YELLOW")
        .contains("c-1003 POOR_QUALITY  -> FORMAL_APOLOGY RED")
        .contains("refunded 38.00 EUR")
        .contains("The store holds 3 incidents for cust-1001; the outbox holds 3 letters.")
        .contains("English version");
  }
}
