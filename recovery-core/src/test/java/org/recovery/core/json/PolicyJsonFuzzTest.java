package org.recovery.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.recovery.core.RecoveryPolicy;

/**
 * Feeds arbitrary bytes to the policy loader: a document either loads, and then writes and loads
 * back equal, or fails with a {@link PolicyConfigException} that says where. Committed inputs live
 * under {@code PolicyJsonFuzzTestInputs/}.
 */
class PolicyJsonFuzzTest {
  private static final PolicyJson JSON = PolicyJson.defaults();

  @FuzzTest
  void policyDocumentsLoadOrFailWithAPath(byte[] document) {
    RecoveryPolicy policy;
    try {
      policy = JSON.read(new ByteArrayInputStream(document));
    } catch (PolicyConfigException e) {
      RecoveryJsonFuzzTest.assertLocated(e);
      return;
    }
    assertThat(JSON.read(JSON.write(policy))).isEqualTo(policy);
  }
}
