package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyRulesFrozenTest {

  @Test
  void frozenListsHoldTheSameElementsAndCannotChangeWhateverTheirSize() {
    for (int n = 0; n <= 14; n++) {
      var working = new ArrayList<Integer>();
      for (int i = 0; i < n; i++) {
        working.add(i);
      }

      List<Integer> frozen = PolicyRules.frozen(working);
      working.clear();

      assertThat(frozen).hasSize(n);
      for (int i = 0; i < n; i++) {
        assertThat(frozen.get(i)).isEqualTo(i);
      }
      assertThat(List.copyOf(frozen)).isSameAs(frozen);
      assertThatThrownBy(() -> frozen.add(99)).isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
