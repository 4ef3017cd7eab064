/**
 * Recovery's complaint model, recovery-policy engine and JSON wire contract. Packages named {@code
 * internal} are implementation and are not exported, but for the located JSON reader, which the
 * letter module shares. Jackson's databind is needed only by hosts that register {@code
 * RecoveryJsonModule} with their own {@code ObjectMapper}, and they bring it themselves.
 */
// The letter module is built after this one, so javac cannot see it yet.
@SuppressWarnings("module")
module org.recovery.core {
  requires com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports org.recovery.core;
  exports org.recovery.core.action;
  exports org.recovery.core.monitor;
  exports org.recovery.core.json;
  exports org.recovery.core.internal.json to
      org.recovery.templates;
}
