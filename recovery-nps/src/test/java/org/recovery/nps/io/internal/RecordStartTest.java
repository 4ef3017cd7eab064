package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordStartTest {

  private static final String RECORDS =
      "9,US,\"Broke after a week.\nSupport was slow, but polite\"\n7,DE,\"fine\"\n10,FR,ok\n";

  @Test
  void aRealRecordStartIsFollowedByTwoWholeRecords() {
    assertThat(plausible(RECORDS, 0, false)).isTrue();
    assertThat(plausible(RECORDS, RECORDS.indexOf("7,DE"), false)).isTrue();
    assertThat(plausible(RECORDS.replace("\n7", "\r\n7").replace("\n10", "\r\n10"), 0, false))
        .isTrue();
  }

  @Test
  void theRestOfAMultiLineCommentIsNoRecordStart() {
    // "Support was slow, but polite"": two fields, the second with a quote inside it.
    assertThat(plausible(RECORDS, RECORDS.indexOf("Support"), false)).isFalse();
  }

  @Test
  void tooFewOrTooManyFieldsQuotesInsideUnquotedFieldsAndTextAfterAClosingQuoteAreRefused() {
    assertThat(plausible("9,US\n7,DE,x\n", 0, false)).isFalse();
    assertThat(plausible("9,US,x,y\n7,DE,x\n", 0, false)).isFalse();
    assertThat(plausible("9,US,x\"y\n7,DE,x\n", 0, false)).isFalse();
    assertThat(plausible("9,US,\"x\"y\n7,DE,x\n", 0, false)).isFalse();
    assertThat(plausible("9,US,\"x\"\"y\"\n7,DE,\"\"\n", 0, false)).isTrue();
  }

  @Test
  void bytesThatRunOutDecideOnlyAfterOneWholeRecord() {
    assertThat(plausible("9,US,\"an open comm", 0, false)).isFalse();
    assertThat(plausible("9,US,x\n7,DE,\"an open comm", 0, false)).isTrue();
    assertThat(plausible("9,US,x\n7,DE", 0, false)).isTrue();
    // At the end of the file the last record needs no line break, but its fields must be there.
    assertThat(plausible("9,US,x\n7,DE,y", 0, true)).isTrue();
    assertThat(plausible("9,US,x\n7,DE", 0, true)).isFalse();
  }

  private static boolean plausible(String text, int from, boolean eof) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return RecordStart.plausible(bytes, from, bytes.length, eof, (byte) ',', 3);
  }
}
