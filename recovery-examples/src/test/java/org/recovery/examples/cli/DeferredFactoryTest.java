package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DeferredFactoryTest {

  @Test
  void listsAndCollectionsAreNewEmptyArrayListsAsPicocliMakesThem() throws Exception {
    Object list = DeferredFactory.INSTANCE.create(List.class);
    Object collection = DeferredFactory.INSTANCE.create(Collection.class);

    assertThat(list).isInstanceOf(ArrayList.class).isEqualTo(List.of());
    assertThat(collection).isInstanceOf(ArrayList.class).isEqualTo(List.of());
    assertThat((Object) DeferredFactory.INSTANCE.create(List.class)).isNotSameAs(list);
    Object picocli = CommandLine.defaultFactory().create(List.class);
    assertThat(list).hasSameClassAs(picocli);
  }

  @Test
  void everythingElseIsWhatPicocliDefaultFactoryMakes() throws Exception {
    Object set = DeferredFactory.INSTANCE.create(Set.class);
    Object sorted = DeferredFactory.INSTANCE.create(SortedSet.class);
    Object builder = DeferredFactory.INSTANCE.create(StringBuilder.class);

    assertThat(set).isInstanceOf(LinkedHashSet.class);
    assertThat(sorted).isInstanceOf(TreeSet.class);
    assertThat(builder).isInstanceOf(StringBuilder.class);
  }

  @Test
  void aTypeThatCannotBeMadeFailsAsWithPicocliDefaultFactory() {
    assertThatThrownBy(() -> DeferredFactory.INSTANCE.create(Runnable.class))
        .isInstanceOf(Exception.class);
  }

  @Test
  void annotatedCommandsAreStillBuiltThroughIt() {
    var run = CommandRun.of("check", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: recovery check");
  }
}
