package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreSyntaxTest {

  @ParameterizedTest(name = "[{0}] is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "9|9",
        "' 9 '|9",
        "'\t9\t'|9",
        "9.0|9",
        "9.000|9",
        "09|9",
        "+9|9",
        "-0|0",
        "0|0",
        "10|10",
        "10.0|10",
        "''|BLANK",
        "'   '|BLANK",
        "N/A|BLANK",
        "n/a|BLANK",
        "NA|BLANK",
        "' na '|BLANK",
        "'  #n/a'|BLANK",
        "#N/A|BLANK",
        "null|BLANK",
        "-|BLANK",
        "ten|NOT_A_NUMBER",
        "10/10|NOT_A_NUMBER",
        "1e1|NOT_A_NUMBER",
        "9.|NOT_A_NUMBER",
        ".5|NOT_A_NUMBER",
        "9,0|NOT_A_NUMBER",
        "9 0|NOT_A_NUMBER",
        "++9|NOT_A_NUMBER",
        "0x9|NOT_A_NUMBER",
        "\"9\"|NOT_A_NUMBER",
        "'9\\n'|NOT_A_NUMBER",
        "'\u00a09'|NOT_A_NUMBER",
        "\u0669|NOT_A_NUMBER",
        "9.5|NOT_AN_INTEGER",
        "9.05|NOT_AN_INTEGER",
        "11.5|NOT_AN_INTEGER",
        "-1.5|NOT_AN_INTEGER",
        "11|OUT_OF_RANGE",
        "-1|OUT_OF_RANGE",
        "11.0|OUT_OF_RANGE",
        "99999999999999999999|OUT_OF_RANGE",
      })
  void classifiesScoreCellsByTheDocumentedGrammar(String cell, String expected) {
    int code = ScoreSyntax.parse(cell.replace("\\n", "\n"), 0, 10);
    String actual = code >= 0 ? Integer.toString(code) : ScoreSyntax.reason(code).name();
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}] on 1-5 is {1}")
  @CsvSource({"0,OUT_OF_RANGE", "1,1", "5,5", "6,OUT_OF_RANGE"})
  void checksTheRangeOfTheConfiguredScale(String cell, String expected) {
    int code = ScoreSyntax.parse(cell, 1, 5);
    String actual = code >= 0 ? Integer.toString(code) : ScoreSyntax.reason(code).name();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void theLargestIntIsAScoreOnAScaleThatReachesIt() {
    assertThat(ScoreSyntax.parse("2147483647", 0, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    assertThat(ScoreSyntax.reason(ScoreSyntax.parse("2147483648", 0, Integer.MAX_VALUE)))
        .isEqualTo(org.recovery.nps.RejectionReason.OUT_OF_RANGE);
  }
}
