package org.recovery.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleLogTest {

  private final ConsoleLog log = new ConsoleLog();

  @Test
  void theServerLogsFromInfo() {
    var server = log.getLogger(RecoveryServer.class.getName());

    assertThat(server.isInfoEnabled()).isTrue();
    assertThat(server.isDebugEnabled()).isFalse();
  }

  @Test
  void theLibraryLogsOnlyWarningsAndErrors() {
    var library = log.getLogger("org.recovery.core.RecoveryPolicy");

    assertThat(library.isInfoEnabled()).isFalse();
    assertThat(library.isDebugEnabled()).isFalse();
    assertThat(library.isWarnEnabled()).isTrue();
  }
}
