package org.recovery.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  private static RecoveryServer server;

  @BeforeAll
  static void start() throws IOException {
    server = RecoveryServer.start(Http.settings());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static OpenAPI served() {
    var response = Http.get(server.uri().resolve("/openapi.json"));
    assertThat(response.statusCode()).isEqualTo(200);
    var options = new ParseOptions();
    options.setResolve(true);
    var result = new OpenAPIV3Parser().readContents(response.body(), null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  @Test
  void theDocumentIsValidOpenApi31() {
    OpenAPI api = served();

    assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getInfo().getTitle()).isEqualTo("Recovery");
  }

  @Test
  void everyRouteTheServerAnswersIsDescribed() {
    OpenAPI api = served();

    for (Route route : RecoveryServer.routes(Http.settings())) {
      PathItem item = api.getPaths().get(route.path());
      assertThat(item).as(route.path()).isNotNull();
      var operation =
          item.readOperationsMap()
              .get(PathItem.HttpMethod.valueOf(route.method().toUpperCase(Locale.ROOT)));
      assertThat(operation).as(route.method() + " " + route.path()).isNotNull();
      assertThat(operation.getResponses()).containsKeys("200", "404", "405", "500", "503");
      if (route.method().equals("POST")) {
        assertThat(operation.getResponses()).containsKeys("400", "411", "413", "415");
        assertThat(operation.getRequestBody().getContent()).isNotEmpty();
      }
    }
    assertThat(api.getPaths()).hasSize(RecoveryServer.routes(Http.settings()).size());
  }

  @Test
  void theQueryParametersAreTheOnesTheEndpointsRead() {
    OpenAPI api = served();

    for (Route route : RecoveryServer.routes(Http.settings())) {
      var operation =
          api.getPaths()
              .get(route.path())
              .readOperationsMap()
              .get(PathItem.HttpMethod.valueOf(route.method()));
      var documented =
          operation.getParameters() == null
              ? Set.<String>of()
              : operation.getParameters().stream()
                  .map(Parameter::getName)
                  .collect(Collectors.toSet());
      assertThat(documented).as(route.path()).isEqualTo(route.endpoint().parameters());
    }
  }
}
