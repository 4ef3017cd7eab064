package org.recovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A Jackson module for hosts that use their own {@code ObjectMapper}: it reads and writes {@code
 * Complaint}, {@code Customer}, {@code OrderLine}, {@code Money}, {@code CustomerHistory}, {@code
 * Incident}, {@code RecoveryPlan}, {@code RecoveryAction} (declared as the interface), {@code
 * OwnershipStatement} and {@code Reason} in exactly the shapes {@link RecoveryJson} uses, with the
 * same strict reading. Register it with {@code mapper.registerModule(new RecoveryJsonModule())}. It
 * is the only part of Recovery that uses {@code jackson-databind}, so that dependency is optional:
 * the host that registers the module brings databind with its {@code ObjectMapper}.
 *
 * <p>Reading fails with {@link JsonFormatException}, its path counted from the host document's root
 * ({@code $.complaint.lines[0].quantity}). When the value is nested in one of the host's own types,
 * Jackson may wrap that exception in a {@code JsonMappingException}; it is then the cause. The
 * host's mapper settings govern tokenizing and what follows the value (comments, trailing content);
 * the module still refuses duplicate keys, NaN, nesting deeper than {@link RecoveryJson#MAX_DEPTH}
 * and strings longer than {@link RecoveryJson#MAX_STRING_LENGTH} inside Recovery's values.
 */
// databind is an optional dependency: only a host that registers this module needs it, and that
// host reads databind itself, so core does not re-export it to every module that reads core.
@SuppressWarnings("exports")
public final class RecoveryJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with a serializer and a deserializer for every type of the contract. */
  public RecoveryJsonModule() {
    super("RecoveryJsonModule", Version.unknownVersion());
    for (Shape shape : Shape.values()) {
      register(shape);
    }
  }

  private <T> void register(Shape shape) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) shape.type();
    addSerializer(type, new ShapeSerializer<>(type, shape));
    addDeserializer(type, new ShapeDeserializer<>(type, shape));
  }

  private static final class ShapeSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final Shape shape;

    ShapeSerializer(Class<T> type, Shape shape) {
      super(type);
      this.shape = shape;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      shape.write(g, value);
    }
  }

  private static final class ShapeDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Shape shape;

    ShapeDeserializer(Class<T> type, Shape shape) {
      super(type);
      this.shape = shape;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return (T) shape.read(RecoveryJson.STRICT.readValue(p));
    }
  }
}
