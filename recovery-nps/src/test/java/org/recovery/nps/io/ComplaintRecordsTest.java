package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.impact.ComplaintStatus;

/** Complaint records as read from CSV: statuses per customer, and errors that say where. */
class ComplaintRecordsTest {
  @TempDir Path dir;

  private static ComplaintRecords read(String csv) {
    return ComplaintRecords.read(new StringReader(csv), "customer_id", "complained", "resolved");
  }

  @Test
  void eachCustomerListedIsCountedOnceWithTheStatusOfAllTheirRows() {
    ComplaintRecords records =
        read(
            "customer_id,complained,resolved\n"
                + "a,false,\n"
                + "b,yes,no\n"
                + "b,no,\n"
                + "c,1,Y\n");

    assertThat(records.size()).isEqualTo(3);
    assertThat(records.statusOf("a")).isEqualTo(ComplaintStatus.NEVER_COMPLAINED);
    assertThat(records.statusOf("b")).isEqualTo(ComplaintStatus.COMPLAINED_UNRESOLVED);
    assertThat(records.statusOf("c")).isEqualTo(ComplaintStatus.COMPLAINED_RESOLVED);
    assertThat(records.statusOf("d")).isEqualTo(ComplaintStatus.NEVER_COMPLAINED);
  }

  @Test
  void aMissingColumnIsNamedWithTheHeadersFound() {
    assertThatThrownBy(() -> read("customer_id,complained\n"))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining(
            "column \"resolved\" not found in the complaint records header on line 1;"
                + " headers found: \"customer_id\", \"complained\"");
  }

  @Test
  void aComplainerMustSayWhetherTheComplaintWasResolved() {
    assertThatThrownBy(() -> read("customer_id,complained,resolved\nb,yes,\n"))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining(
            "column \"resolved\" must be true/false, yes/no, y/n or 1/0 but was '' (line 2)");
  }

  @Test
  void invalidBytesAreReportedWithTheirOffset() throws IOException {
    Path file = dir.resolve("complaints.csv");
    byte[] header = "customer_id,complained,resolved\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = java.util.Arrays.copyOf(header, header.length + 1);
    bytes[header.length] = (byte) 0xFF;
    Files.write(file, bytes);

    assertThatThrownBy(() -> ComplaintRecords.fromCsv(file))
        .isInstanceOf(SurveyEncodingException.class)
        .hasMessageContaining("invalid UTF-8 bytes 0xFF at byte offset 32")
        .satisfies(e -> assertThat(((SurveyEncodingException) e).byteOffset()).isEqualTo(32));
  }
}
