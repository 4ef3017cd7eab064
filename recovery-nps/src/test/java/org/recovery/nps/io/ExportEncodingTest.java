package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Signatures are recognised from their last byte on, and not before it. */
class ExportEncodingTest {

  @Test
  void aSignatureIsRecognisedOnceAllItsBytesAreThere() {
    byte[] gzip = {0x1F, (byte) 0x8B};
    byte[] zstd = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};
    byte[] zip = {'P', 'K', 3, 4};

    assertThat(ExportEncoding.of(gzip, 2)).isEqualTo(ExportEncoding.GZIP);
    assertThat(ExportEncoding.of(gzip, 1)).isEqualTo(ExportEncoding.TEXT);
    assertThat(ExportEncoding.of(zstd, 4)).isEqualTo(ExportEncoding.ZSTD);
    assertThat(ExportEncoding.of(zstd, 3)).isEqualTo(ExportEncoding.TEXT);
    assertThat(ExportEncoding.of(zip, 4)).isEqualTo(ExportEncoding.ZIP);
    assertThat(ExportEncoding.of(zip, 3)).isEqualTo(ExportEncoding.TEXT);
    assertThat(ExportEncoding.of(new byte[0], 0)).isEqualTo(ExportEncoding.TEXT);
  }

  @Test
  void aGzipExportReadsByteByByteAndClosesItsSource() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write("ab".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayInputStream source =
        new ByteArrayInputStream(bytes.toByteArray()) {
          @Override
          public void close() {
            closed.set(true);
          }
        };

    GunzippedInputStream in = new GunzippedInputStream(source);
    assertThat(in.read()).isEqualTo('a');
    assertThat(in.read()).isEqualTo('b');
    assertThat(in.read()).isEqualTo(-1);
    in.close();

    assertThat(closed).isTrue();
  }
}
