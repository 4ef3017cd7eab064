/**
 * Recovery's complaint model, recovery-policy engine and JSON wire contract. Packages named {@code
 * internal} are implementation and are not exported.
 */
module org.recovery.core {
  requires transitive com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports org.recovery.core;
  exports org.recovery.core.action;
  exports org.recovery.core.monitor;
  exports org.recovery.core.json;
}
