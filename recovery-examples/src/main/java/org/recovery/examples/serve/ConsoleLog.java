package org.recovery.examples.serve;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The log of {@code recovery serve} when the operator chose no slf4j backend: one line per event on
 * stderr, {@code 2026-11-20T10:16:00.123Z INFO POST /v1/decide 200 3ms id=…}. The server's own
 * lines are shown from INFO, the library's from WARN (it logs ids at DEBUG only). Lines are
 * buffered and written at least every 200 ms, so that logging costs a request no system call.
 *
 * <p>Selected with {@code -Dslf4j.provider=org.recovery.examples.serve.ConsoleLog}; {@code recovery
 * serve} selects it itself unless another provider was chosen.
 */
public final class ConsoleLog implements SLF4JServiceProvider, ILoggerFactory {

  private static final String SERVER = "org.recovery.examples.serve";

  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();
  private final Writer out =
      new BufferedWriter(
          new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
          1 << 16);

  /** Creates the provider; slf4j calls this once. */
  public ConsoleLog() {
    Thread flusher =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                flush();
              }
            },
            "recovery-serve-log");
    flusher.setDaemon(true);
    flusher.start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "recovery-serve-log-flush"));
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return this;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // Nothing to read: the levels are fixed.
  }

  @Override
  public Logger getLogger(String name) {
    return loggers.computeIfAbsent(
        name, n -> new Line(n, n.startsWith(SERVER) ? Level.INFO : Level.WARN));
  }

  private void write(Level level, String message, @Nullable Throwable failure) {
    var line = new StringBuilder(96);
    line.append(Instant.now()).append(' ').append(level).append(' ').append(message).append('\n');
    if (failure != null) {
      var trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      line.append(trace);
    }
    synchronized (out) {
      try {
        out.write(line.toString());
      } catch (IOException e) {
        // stderr is gone; there is nowhere left to say so.
      }
    }
  }

  private void flush() {
    synchronized (out) {
      try {
        out.flush();
      } catch (IOException e) {
        // stderr is gone; there is nowhere left to say so.
      }
    }
  }

  /** One named logger with its threshold. */
  private final class Line extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    private final Level threshold;

    Line(String name, Level threshold) {
      this.name = name;
      this.threshold = threshold;
    }

    private boolean on(Level level) {
      return level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
      return on(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
      return on(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
      return on(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
      return on(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
      return on(Level.ERROR);
    }

    @Override
    protected @Nullable String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level,
        @Nullable Marker marker,
        String pattern,
        Object @Nullable [] arguments,
        @Nullable Throwable failure) {
      write(level, MessageFormatter.basicArrayFormat(pattern, arguments), failure);
    }
  }
}
