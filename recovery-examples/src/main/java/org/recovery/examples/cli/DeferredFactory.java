package org.recovery.examples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;

/**
 * Picocli's instance factory, deferring to picocli's default one except for the lists that repeated
 * options and positional parameters fill. The default factory looks for Groovy's closure class when
 * it is first initialised; on a class path without Groovy that search opens the shaded jar and
 * indexes its four thousand entries, which the class-data archive otherwise spares a run of {@code
 * nps}: its model is built in code and needs nothing else from a factory.
 */
final class DeferredFactory implements CommandLine.IFactory {

  /** The one instance; stateless. */
  static final DeferredFactory INSTANCE = new DeferredFactory();

  private DeferredFactory() {}

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == List.class || type == Collection.class) {
      // What the default factory makes for these.
      return type.cast(new ArrayList<>());
    }
    return CommandLine.defaultFactory().create(type);
  }
}
