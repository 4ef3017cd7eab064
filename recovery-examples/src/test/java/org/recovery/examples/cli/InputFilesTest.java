package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.RecoveryException;

class InputFilesTest {

  @TempDir Path dir;

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nowhere.json");

    assertThatThrownBy(() -> InputFiles.readText(missing))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("cannot read " + missing + ": no such file");
  }

  @Test
  void aDirectoryIsNotAFile() {
    assertThatThrownBy(() -> InputFiles.readText(dir))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("cannot read " + dir + ": it is a directory, not a file");
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() throws IOException {
    Path latin1 = Files.write(dir.resolve("draft.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

    assertThatThrownBy(() -> InputFiles.readText(latin1))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(
            "cannot read "
                + latin1
                + ": expected UTF-8 text but byte 0xE9 at offset 3 (line 1) does not start a valid"
                + " sequence");
  }

  @Test
  void bytesThatAreNotUtf8AreNamedWithTheirOffsetAndLine() throws IOException {
    Path json =
        Files.write(
            dir.resolve("complaint.json"),
            new byte[] {'{', '\n', ' ', '"', 'a', '"', ':', '\n', ' ', '"', (byte) 0xC3, '"', '}'});

    assertThatThrownBy(() -> InputFiles.readText(json))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(
            "cannot read "
                + json
                + ": expected UTF-8 text but byte 0xC3 at offset 10 (line 3) does not start a valid"
                + " sequence");
  }

  @Test
  void aDataErrorIsPrefixedWithTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("c.json"), "{}");

    assertThatThrownBy(
            () ->
                InputFiles.parse(
                    file,
                    text -> {
                      throw new RecoveryException("$.id: required but missing");
                    }))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(file + ": $.id: required but missing");
  }

  @Test
  void aParsedValueIsReturned() throws IOException {
    Path file = Files.writeString(dir.resolve("n.txt"), "42");

    int parsed = InputFiles.parse(file, Integer::valueOf);

    assertThat(parsed).isEqualTo(42);
  }

  @Test
  void failuresThatAreDefectsAreLabelledUnexpected() {
    assertThat(CommandFailures.describe(new NullPointerException("boom")))
        .isEqualTo("unexpected NullPointerException: boom");
  }
}
