/**
 * Recovery's letter builder and ownership-language checker. Packages named {@code internal} are
 * implementation and are not exported.
 */
module org.recovery.templates {
  requires transitive org.recovery.core;
  requires com.fasterxml.jackson.core;
  requires static transitive org.jspecify;

  exports org.recovery.templates;
}
