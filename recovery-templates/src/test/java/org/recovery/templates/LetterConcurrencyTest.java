package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.recovery.core.Tone;

/** A phrase book and checker are shared by every thread; letters come out the same. */
class LetterConcurrencyTest {

  @Test
  void threadsSharingAPhraseBookWriteIdenticalLetters() throws Exception {
    PhraseBook book = PhraseBook.builder().build();
    OwnershipChecker checker = OwnershipChecker.builder().build();
    List<String> expected = new ArrayList<>();
    for (Locale locale : LetterFixtures.SHIPPED) {
      expected.add(render(book, locale));
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<Boolean> task =
            () -> {
              for (int round = 0; round < 20; round++) {
                for (int i = 0; i < LetterFixtures.SHIPPED.size(); i++) {
                  Locale locale = LetterFixtures.SHIPPED.get(i);
                  String html = render(book, locale);
                  if (!html.equals(expected.get(i)) || !checker.check(html, locale).isEmpty()) {
                    return false;
                  }
                }
              }
              return true;
            };
        results.add(pool.submit(task));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String render(PhraseBook book, Locale locale) {
    return Letter.builder(
            LetterFixtures.complaint(locale), LetterFixtures.everything(Tone.FORMAL_APOLOGY))
        .phrases(book)
        .build()
        .toHtml();
  }
}
