package org.recovery.examples.datateam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsResult;

class WeeklyNpsByCountryTest {

  private static final String SCORE =
      "How likely is it that you would recommend us to a friend or colleague?";

  @TempDir Path dir;

  private Path sample() throws IOException {
    Path file = dir.resolve("survey-export.csv");
    try (InputStream in =
        Objects.requireNonNull(
            getClass().getResourceAsStream("/org/recovery/examples/demo/survey-export.csv"))) {
      Files.copy(in, file);
    }
    return file;
  }

  /** Counts promoters, passives and detractors per country and week the slow, obvious way. */
  private static Map<String, long[]> independentCounts(Path file) throws IOException {
    var counts = new TreeMap<String, long[]>();
    var schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
      while (rows.hasNext()) {
        var row = rows.next();
        String cell = row.get(SCORE).strip();
        if (!cell.matches("[0-9]|10")) {
          continue;
        }
        int score = Integer.parseInt(cell);
        var day = Instant.parse(row.get("submitted_at")).atZone(ZoneOffset.UTC).toLocalDate();
        String week =
            String.format(
                "%d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        long[] c = counts.computeIfAbsent(row.get("country") + " " + week, k -> new long[3]);
        c[score >= 9 ? 0 : score >= 7 ? 1 : 2]++;
      }
    }
    return counts;
  }

  @Test
  void matchesAnIndependentCountOfEveryCountryAndWeek() throws IOException {
    Path export = sample();

    Map<String, Map<String, NpsResult>> weekly = WeeklyNpsByCountry.compute(export, SCORE);

    var expected = independentCounts(export);
    var actual = new TreeMap<String, long[]>();
    weekly.forEach(
        (country, byWeek) ->
            byWeek.forEach(
                (week, r) ->
                    actual.put(
                        country + " " + week,
                        new long[] {r.promoters(), r.passives(), r.detractors()})));
    assertThat(actual).containsOnlyKeys(expected.keySet());
    expected.forEach((key, counts) -> assertThat(actual.get(key)).as(key).containsExactly(counts));
    assertThat(weekly).containsOnlyKeys("BR", "DE", "ES", "FR", "GB", "US");
  }
}
