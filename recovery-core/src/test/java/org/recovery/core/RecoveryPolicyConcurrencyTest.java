package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.Fixtures.NOW;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RecoveryPolicyConcurrencyTest {

  @Test
  void eightThreadsSharingOnePolicyGiveTheSamePlansAsOne() throws Exception {
    // given 2,000 varied complaints with histories, decided once on one thread
    RecoveryPolicy policy = RecoveryPolicy.defaults();
    Random random = new Random(42L);
    var inputs = new ArrayList<Complaint>();
    var pasts = new ArrayList<CustomerHistory>();
    for (int i = 0; i < 2_000; i++) {
      inputs.add(Fixtures.randomComplaint(random));
      pasts.add(Fixtures.randomHistory(random));
    }
    var expected = new ArrayList<RecoveryPlan>();
    for (int i = 0; i < inputs.size(); i++) {
      expected.add(policy.decide(inputs.get(i), pasts.get(i), NOW));
    }

    // when eight threads decide them all at once
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      var futures = new ArrayList<Future<List<RecoveryPlan>>>();
      for (int t = 0; t < 8; t++) {
        Callable<List<RecoveryPlan>> task =
            () -> {
              start.await();
              var plans = new ArrayList<RecoveryPlan>();
              for (int i = 0; i < inputs.size(); i++) {
                plans.add(policy.decide(inputs.get(i), pasts.get(i), NOW));
              }
              return plans;
            };
        futures.add(pool.submit(task));
      }
      start.countDown();

      // then every thread sees exactly the single-threaded plans
      for (Future<List<RecoveryPlan>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
