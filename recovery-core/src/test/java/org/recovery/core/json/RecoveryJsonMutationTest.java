package org.recovery.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.recovery.core.DomainGenerators;

/**
 * Damaged documents never escape as anything but a {@link JsonFormatException}: no parser, number,
 * cast or model exception leaks out of reading, whatever the damage.
 */
class RecoveryJsonMutationTest {

  private static final RecoveryJson JSON = RecoveryJson.defaults();

  private static final List<String> INSERTS =
      List.of(
          "\"",
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          "-",
          "0",
          "1.5",
          "1e400",
          "null",
          "true",
          "NaN",
          "\\",
          "\"x\"",
          "{}",
          "[]",
          " ",
          "9999999999999999999999",
          "\u0000",
          "\"-0.00\"");

  /** A document of one kind, damaged at 1 to 3 places. */
  private static Gen<String> damaged(Gen<String> documents) {
    Gen<String> insert = Generate.pick(INSERTS);
    return in -> {
      String doc = documents.generate(in);
      int edits = integers().between(1, 3).generate(in);
      for (int e = 0; e < edits; e++) {
        int at = integers().between(0, doc.length()).generate(in);
        int cut = integers().between(0, Math.min(6, doc.length() - at)).generate(in);
        doc = doc.substring(0, at) + insert.generate(in) + doc.substring(at + cut);
      }
      return doc;
    };
  }

  private static void onlyFormatErrors(String json, Function<String, ?> reader) {
    try {
      reader.apply(json);
    } catch (JsonFormatException expected) {
      assertThat(expected.getMessage()).startsWith("$").contains("(line ");
    }
  }

  @Test
  void damagedComplaintsFailOnlyWithFormatErrors() {
    qt().withExamples(400)
        .forAll(
            damaged(
                DomainGenerators.complaints()
                    .map((Function<org.recovery.core.Complaint, String>) JSON::writeComplaint)))
        .checkAssert(json -> onlyFormatErrors(json, JSON::readComplaint));
  }

  @Test
  void damagedHistoriesFailOnlyWithFormatErrors() {
    qt().withExamples(400)
        .forAll(
            damaged(
                DomainGenerators.histories()
                    .map((Function<org.recovery.core.CustomerHistory, String>) JSON::writeHistory)))
        .checkAssert(json -> onlyFormatErrors(json, JSON::readHistory));
  }

  @Test
  void damagedPlansFailOnlyWithFormatErrors() {
    qt().withExamples(400)
        .forAll(
            damaged(
                DomainGenerators.plans()
                    .map((Function<org.recovery.core.RecoveryPlan, String>) JSON::writePlan)))
        .checkAssert(json -> onlyFormatErrors(json, JSON::readPlan));
  }
}
