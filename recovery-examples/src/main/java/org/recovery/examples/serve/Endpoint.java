package org.recovery.examples.serve;

import java.util.Set;

/**
 * What answers one route: translates the request into library calls and the result into a reply.
 */
interface Endpoint {

  /**
   * Returns the query parameters the endpoint reads; any other is refused with 400.
   *
   * @return the parameter names
   */
  default Set<String> parameters() {
    return Set.of();
  }

  /**
   * Answers a request.
   *
   * @param request the request
   * @return the reply
   * @throws ProblemException for anything the client can fix
   */
  Reply answer(Incoming request);
}
