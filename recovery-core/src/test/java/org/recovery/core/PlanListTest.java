package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanListTest {

  @Test
  void aPlanListHoldsWhatWasAppendedInOrderWhateverTheCapacity() {
    qt().forAll(lists().of(integers().all()).ofSizeBetween(0, 40), integers().between(0, 8))
        .checkAssert(
            (elements, capacity) -> {
              var list = new PlanList<Integer>(capacity);
              elements.forEach(list::append);

              assertThat(list).containsExactlyElementsOf(elements);
              assertThat(list).isEqualTo(elements).hasSameHashCodeAs(elements);
              assertThat(List.<Integer>copyOf(list)).isEqualTo(list);
            });
  }

  @Test
  void aPlanListCannotChangeFromOutside() {
    var list = new PlanList<String>(2);
    list.append("a");
    list.append("b");
    List<String> frozen = list;

    assertThatThrownBy(() -> frozen.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(frozen).containsExactly("a", "b");
  }

  @Test
  void aPlanKeepsAPlanListAndCopiesAnyOther() {
    var list = new PlanList<String>(1);
    list.append("a");
    List<String> frozen = list;
    var working = new ArrayList<>(List.of("a"));

    List<String> copy = PlanList.immutable(working);
    working.add("b");

    assertThat(PlanList.immutable(frozen)).isSameAs(frozen);
    assertThat(copy).containsExactly("a");
    assertThatThrownBy(() -> PlanList.immutable(java.util.Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
  }
}
